import { Check } from './soak-checks';
import { Recorder, Sample } from './soak-client';
import { SystemSample } from './soak-sampler';
import { markdownTable, percentile, round, table } from './util';

export interface SoakResult {
  options: { url: string; users: number; minutes: number };
  started: number;
  finished: number;
  iterations: number;
  recorder: Recorder;
  system: SystemSample[];
  checks: Check[];
  approvedRequests: number;
}

interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

function latency(samples: Sample[]): Latency {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    n: ms.length,
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    p99: round(percentile(ms, 99)),
  };
}

const cell = (l: Latency, key: 'p50' | 'p95' | 'p99') => (l.n === 0 ? '—' : l[key]);

/** p50/p95/p99 per operation for the whole run and its first and last minutes; system samples; checks. */
export function soakReport(result: SoakResult): { text: string; markdown: string; json: unknown } {
  const { samples, errors } = result.recorder;
  const firstEnd = result.started + 60_000;
  const lastStart = result.finished - 60_000;
  const ops = [...new Set(samples.map((s) => s.op))]
    .filter((op) => op !== 'setup' && !op.startsWith('check:'))
    .sort();
  const perOp = ops.map((op) => {
    const all = samples.filter((s) => s.op === op);
    return {
      op,
      whole: latency(all),
      first: latency(all.filter((s) => s.at < firstEnd)),
      last: latency(all.filter((s) => s.at >= lastStart)),
      errors: errors.filter((e) => e.op === op).length,
    };
  });
  const headers = [
    'operation',
    'n',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    '1st min p50',
    '1st min p95',
    'last min p50',
    'last min p95',
    'errors',
  ];
  const rows = perOp.map((o) => [
    o.op,
    o.whole.n,
    cell(o.whole, 'p50'),
    cell(o.whole, 'p95'),
    cell(o.whole, 'p99'),
    cell(o.first, 'p50'),
    cell(o.first, 'p95'),
    cell(o.last, 'p50'),
    cell(o.last, 'p95'),
    o.errors,
  ]);
  const t0 = result.system[0]?.at ?? result.started;
  const sysHeaders = [
    't (s)',
    'API RSS MB',
    'worker RSS MB',
    'DB connections',
    'Redis MB',
    'jobs queued',
    'jobs kept',
  ];
  const sysRows = result.system.map((s) => [
    Math.round((s.at - t0) / 1000),
    s.apiRssMb ?? '—',
    s.workerRssMb ?? '—',
    s.dbConnections,
    s.redisUsedMb,
    s.queued,
    s.kept,
  ]);
  const checkRows = result.checks.map((c) => [c.ok ? 'ok' : 'FAILED', c.name, c.detail]);
  const seconds = (result.finished - result.started) / 1000;
  const status5xx = samples.filter((s) => s.status >= 500).length;
  const summary =
    `${result.options.users} virtual users, ${round(seconds / 60, 1)} min against ${result.options.url}: ` +
    `${samples.length} requests (${round(samples.length / seconds, 1)}/s), ${result.iterations} actions, ` +
    `${result.approvedRequests} requests approved through both steps, ${errors.length} errors (${status5xx} 5xx)`;
  const text = [
    summary,
    '',
    table(headers, rows),
    '',
    table(sysHeaders, sysRows),
    '',
    table(['check', 'what', 'detail'], checkRows),
  ].join('\n');
  const markdown = [
    `# Soak — ${new Date(result.started).toISOString()}`,
    '',
    summary,
    '',
    markdownTable(headers, rows),
    '',
    'System, sampled every 15 s:',
    '',
    markdownTable(sysHeaders, sysRows),
    '',
    'Integrity checks:',
    '',
    markdownTable(['check', 'what', 'detail'], checkRows),
  ].join('\n');
  const json = {
    ...result.options,
    started: new Date(result.started).toISOString(),
    seconds: round(seconds),
    requests: samples.length,
    actions: result.iterations,
    approvedRequests: result.approvedRequests,
    errors: errors.slice(0, 100),
    errorCount: errors.length,
    operations: perOp,
    system: result.system,
    checks: result.checks,
  };
  return { text, markdown, json };
}
