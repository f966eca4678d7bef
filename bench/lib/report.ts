import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import Redis from 'ioredis';
import { Client } from 'pg';
import { ApprovalResult } from './approvals';
import { GenerationReport } from './datagen';
import { FileResult } from './files';
import { BenchOptions } from './options';
import { Comparison } from './reads';
import { ReminderResult } from './reminders';
import { markdownTable, round, table } from './util';

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  postgres: string;
  postgresSettings: string;
  redis: string;
  kernel: string;
}

export interface Results {
  machine: Machine;
  command: string;
  scale: BenchOptions['scale'];
  settings: { duration: number; warmup: number; rounds?: number; connections: number; poolSize: number };
  generation?: GenerationReport;
  reads: Comparison[];
  skipped: { key: string; label: string; reason: string }[];
  approvals?: ApprovalResult;
  files?: FileResult;
  reminders?: ReminderResult;
  totalSeconds?: number;
  /** Parts measured again later on the same data set (BENCH_ONLY), merged into a full run's results. */
  remeasured?: { parts: string[]; date: string; totalSeconds?: number }[];
}

/**
 * A run of some parts only (BENCH_ONLY) merged into the earlier results of the same scale: its
 * reads replace those of the same key, each other part it measured replaces the earlier one, and
 * the rest is kept as measured then (the machine line stays the full run's; `remeasured` says what
 * was measured again and when).
 */
export function mergeResults<T extends Results>(earlier: T, now: T, parts: string[]): T {
  const reads = [...earlier.reads.filter((r) => !now.reads.some((n) => n.key === r.key)), ...now.reads];
  const measured = Object.fromEntries(
    (['approvals', 'files', 'reminders', 'scaleOut'] as const)
      .filter((part) => parts.includes(part) && (now as Record<string, unknown>)[part] !== undefined)
      .map((part) => [part, (now as Record<string, unknown>)[part]]),
  );
  return {
    ...earlier,
    ...measured,
    reads,
    skipped: [...earlier.skipped.filter((k) => !now.reads.some((n) => n.key === k.key)), ...now.skipped],
    remeasured: [
      ...(earlier.remeasured ?? []),
      { parts, date: now.machine.date, totalSeconds: now.totalSeconds },
    ],
  };
}

export async function describeMachine(options: BenchOptions): Promise<Machine> {
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  const settings = await db.query<{ name: string; setting: string; unit: string | null }>(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'jit', 'max_connections')`,
  );
  await db.end();
  const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const info = await redis.info('server');
  redis.disconnect();
  const pgSettings = settings.rows
    .map(
      (s) =>
        `${s.name}=${s.unit === '8kB' ? `${(Number(s.setting) * 8) / 1024}MB` : `${s.setting}${s.unit ?? ''}`}`,
    )
    .join(', ');
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    postgres: rows[0].v,
    postgresSettings: pgSettings,
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    kernel: execFileSync('uname', ['-sr']).toString().trim(),
  };
}

/** Issue 17's goal for a read: its ratio to the bare baseline and, but for login and the national view, its p95. */
export function readGoalOf(key: string): { ratio: number; p95?: number } {
  if (key === 'login') return { ratio: 0.8 };
  if (key === 'dashboard') return { ratio: 0.6, p95: 200 };
  // the issue sets no latency for the Ministry's view of the whole country
  if (key === 'nationalDashboard') return { ratio: 0.6 };
  if (key.startsWith('searchContent')) return { ratio: 0.6, p95: 300 };
  return { ratio: 0.6, p95: 150 };
}

function readGoal(c: { key: string; ratio: number; api: { p95: number } }): string {
  const goal = readGoalOf(c.key);
  const misses = [
    ...(c.ratio < goal.ratio ? [`ratio < ${goal.ratio}`] : []),
    ...(goal.p95 !== undefined && c.api.p95 > goal.p95 ? [`p95 > ${goal.p95} ms`] : []),
  ];
  const wanted = `≥ ${goal.ratio}${goal.p95 !== undefined ? `, p95 ≤ ${goal.p95} ms` : ''}`;
  return `${wanted}: ${misses.length ? `NOT met (${misses.join(', ')})` : 'met'}`;
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/** The figures as aligned plain-text tables (and the same in Markdown). */
export function render(results: Results, markdown = false): string {
  const t = markdown ? markdownTable : table;
  const out: string[] = [];
  const m = results.machine;
  out.push(
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, ${m.kernel}; Node ${m.node}, PostgreSQL ${m.postgres} (${m.postgresSettings}), Redis ${m.redis}; ${m.date}`,
  );
  const s = results.scale;
  out.push(
    `Scale ${s.name}: ${s.agencies} agencies (${s.provinces} provinces, measured province ${s.bigProvince}), ${s.documents} documents, ${s.versions} versions, ${s.deadlines} deadlines; ` +
      `autocannon ${results.settings.connections} connections, ${results.settings.duration} s per target after ${results.settings.warmup} s warm-up, ${results.settings.rounds ?? 1} alternating rounds (median pair reported); pool ${results.settings.poolSize}`,
  );
  for (const again of results.remeasured ?? [])
    out.push(`Measured again on the same data set: ${again.parts.join(', ')} (${again.date})`);
  if (results.generation) {
    const g = results.generation;
    out.push(
      `Data set: ${Object.entries(g.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}` +
        (g.generatedNow
          ? `; generated in ${round(Object.values(g.seconds).reduce((a, b) => a + b, 0))} s (${Object.entries(
              g.seconds,
            )
              .map(([k, v]) => `${k} ${round(v)} s`)
              .join(', ')})`
          : ' (already present)'),
    );
  }
  out.push('');
  if (results.reads.length > 0) {
    out.push(
      markdown
        ? '**Reads and login: API vs bare node:http + pg baseline (same SQL)**\n'
        : 'Reads and login: API vs bare node:http + pg baseline (same SQL)',
    );
    out.push(
      t(
        [
          'Endpoint',
          'API req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'Base req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'API/base',
          'CPU ms/answer API / base',
          'Goal (issue 17)',
        ],
        results.reads.map((c) => [
          c.label,
          c.api.rps,
          c.api.p50,
          c.api.p95,
          c.api.p99,
          c.baseline.rps,
          c.baseline.p50,
          c.baseline.p95,
          c.baseline.p99,
          c.ratios && c.ratios.length > 1 ? `${c.ratio} (${c.ratios.join(', ')})` : c.ratio,
          c.api.cpuMsPerRequest === undefined
            ? '—'
            : `${c.api.cpuMsPerRequest} / ${c.baseline.cpuMsPerRequest}`,
          readGoal(c),
        ]),
      ),
    );
    for (const c of results.reads) {
      const bad = [c.api, c.baseline].some(
        (r) => r.ok !== r.requests || r.errors > 0 || (r.leftover ?? 0) > 0,
      );
      if (bad)
        out.push(
          `  ${c.key}: API statuses ${JSON.stringify(c.api.statuses)}, errors ${c.api.errors}, queries cancelled after the run ${c.api.leftover ?? 0}; ` +
            `baseline statuses ${JSON.stringify(c.baseline.statuses)}, errors ${c.baseline.errors}, queries cancelled ${c.baseline.leftover ?? 0}`,
        );
    }
    out.push('');
  }
  for (const sk of results.skipped) out.push(`Not measured: ${sk.label}: ${sk.reason}`);
  if (results.skipped.length) out.push('');
  const rows: (string | number)[][] = [];
  if (results.approvals) {
    const a = results.approvals;
    rows.push(
      [
        'Approval transitions/s',
        `${a.transitionsPerSecond} /s`,
        `${a.transitions} approvals (${a.requests} requests × 2 steps), ${a.concurrency} concurrent, ${a.seconds} s; latency p50 ${a.p50} / p95 ${a.p95} / p99 ${a.p99} ms; ${a.failed} failed`,
        '—',
      ],
      [
        '  audit trail and outbox written',
        `${a.auditEntries} / ${a.outboxEvents}`,
        `audit entries / outbox events (${round(a.auditEntries / Math.max(1, a.transitions), 2)} / ${round(a.outboxEvents / Math.max(1, a.transitions), 2)} per transition); ${a.approvedRequests} requests APPROVED, ${a.effectiveDocuments} documents EFFECTIVE`,
        verdict(a.auditEntries >= a.transitions && a.outboxEvents > 0 && a.approvedRequests === a.requests),
      ],
    );
  }
  if (results.files) {
    const f = results.files;
    rows.push(
      [
        `Upload ${f.sizeMB} MB through the API`,
        `${f.apiUploadMBps} MB/s`,
        `direct minio putObject ${f.directPutMBps} MB/s → ratio ${f.uploadRatio} (putObject + copyObject + removeObject, the S3 work of a content-addressed upload: ${f.directPutCopyMBps} MB/s → ratio ${f.uploadRatioToPutCopy})`,
        verdict(f.uploadRatio >= 0.8),
      ],
      [
        `Download ${f.sizeMB} MB through the API`,
        `${f.apiDownloadMBps} MB/s`,
        `direct minio getObject ${f.directGetMBps} MB/s → ratio ${f.downloadRatio}; with ?redirect=1 (presigned URL) ${f.apiRedirectDownloadMBps} MB/s → ratio ${f.redirectDownloadRatio}; a bare node:http proxy ${f.bareProxyDownloadMBps} MB/s (API / bare proxy ${f.downloadRatioToBareProxy})`,
        `${verdict(f.downloadRatio >= 0.8)} (redirect: ${verdict(f.redirectDownloadRatio >= 0.8)})`,
      ],
      [
        'API peak RSS above idle',
        `${f.peakAboveIdleMB} MB`,
        `RSS sampled every 50 ms; idle ${f.idleRssMB} MB; per round, upload / download peak above the RSS just before: ${f.rounds.map((r) => `${r.uploadPeakRssMB} / ${r.downloadPeakRssMB}`).join(', ')} MB`,
        verdict(f.peakAboveIdleMB < 100),
      ],
    );
  }
  if (results.reminders) {
    const r = results.reminders;
    rows.push(
      [
        `Reminders: ${r.deadlines} due within ${r.dueWindowSeconds} s`,
        `${r.allDeliveredAfterFirstDueSeconds} s`,
        `from the first due instant until all ${r.delivered} were delivered (${r.drainAfterLastDueSeconds} s after the last due instant), ${r.workers} workers`,
        '—',
      ],
      [
        '  reminder lag (recorded − scheduled)',
        `p99 ${r.lagP99} s`,
        `p50 ${r.lagP50} s, p95 ${r.lagP95} s, max ${r.lagMax} s; ${r.notifications} in-app notifications, ${r.emailsSkipped} e-mails SKIPPED (no SMTP)`,
        '—',
      ],
    );
  }
  if (rows.length > 0) {
    out.push(markdown ? '**Writes, files and reminders**\n' : 'Writes, files and reminders');
    out.push(t(['Measure', 'Figure', 'Detail', 'Goal'], rows));
  }
  return out.join('\n');
}
