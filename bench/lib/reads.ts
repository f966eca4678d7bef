import { ApiClient, pool } from './client';
import {
  agencyIdOf,
  APPROVER,
  DRAFTER,
  MINISTRY_USERNAME,
  oversightUsernameOf,
  SECRETARY,
  usernameOf,
  uuidOf,
} from './datagen';
import { load, LoadResult, RequestSpec } from './load';
import { BenchOptions, PASSWORD } from './options';
import { cpuMsOf } from './procs';
import { Client } from 'pg';
import { log, sleep } from './util';

export interface Endpoint {
  key: string;
  label: string;
  next: () => RequestSpec;
  /** Fewer connections and a longer run for an endpoint that takes seconds (the same for both targets). */
  connections?: number;
  durationFactor?: number;
}

export interface Comparison {
  key: string;
  label: string;
  api: LoadResult;
  baseline: LoadResult;
  /** API throughput / baseline throughput (the median round's). */
  ratio: number;
  /** Every round's ratio, in the order measured. */
  ratios?: number[];
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Search terms typed without diacritics (each matches titles written with them): subjects, the
 * qualifiers and years of the varied titles (bench/lib/datagen.ts), a code prefix — from a few
 * hundredths to about a tenth of the documents each.
 */
const SEARCH_TERMS = [
  'kiem soat tai lieu',
  'dang ky ket hon',
  'cap giay phep xay dung',
  'tiep cong dan',
  'thi dua khen thuong',
  'chung thuc ban sao',
  'lan dau',
  'mot cua lien thong',
  'moi truong dien tu',
  'nam 2019',
  'iso 9001',
  'giay phep',
  'QT-001',
];

/**
 * Words searched inside the files' text, typed without diacritics: phrases of the rarer sentences
 * of the generated texts (bench/lib/datagen.ts CONTENT_RARE, each in about one text in fourteen)
 * and title subjects (one text in sixty) — every word must occur, in any order.
 */
const CONTENT_TERMS = [
  'kiem tra thuc dia',
  'chu ky so',
  'niem yet cong khai',
  'co so du lieu quoc gia',
  'ban sao dien tu',
  'tham dinh gia',
  'le phi truoc ba',
  'xac minh nhan than',
  'dang ky khai sinh',
  'cap giay phep xay dung',
];

/**
 * The read endpoints and who calls them: members of 20 agencies of the measured province
 * (each request picks one at random), and the province's oversight officer for search and the
 * dashboard. Tokens come from real logins.
 */
export async function readEndpoints(options: BenchOptions, api: ApiClient): Promise<Endpoint[]> {
  const s = options.scale;
  const perAgency = s.documents / s.agencies;
  const step = Math.max(1, Math.floor((s.bigProvince - 1) / 20));
  const agencies = Array.from({ length: 20 }, (_, j) => 1 + j * step).filter((a) => a < s.bigProvince);
  const tokens = await pool(agencies, 4, async (a) => ({
    agency: a,
    drafter: await api.login(usernameOf(a, DRAFTER)),
    secretary: await api.login(usernameOf(a, SECRETARY)),
    approver: await api.login(usernameOf(a, APPROVER)),
  }));
  const oversight = await api.login(oversightUsernameOf(0));
  const ministry = await api.login(MINISTRY_USERNAME);
  const province = agencyIdOf(0);
  const loginUsers = Array.from({ length: Math.min(50, s.agencies) }, (_, a) => usernameOf(a, 3));
  log(`read fixtures: ${agencies.length} agencies, ${tokens.length * 3 + 1} tokens`);

  return [
    {
      key: 'register',
      label: 'Document register of one agency (type + status filter, pages 1–3)',
      next: () => {
        const t = pick(tokens);
        const page = 1 + Math.floor(Math.random() * 3);
        return {
          path: `/api/v1/documents?agencyId=${agencyIdOf(t.agency)}&type=PROCEDURE&status=EFFECTIVE&page=${page}&pageSize=20`,
          headers: bearer(t.drafter),
        };
      },
    },
    {
      key: 'search',
      label: 'Diacritics-insensitive ranked search, province-wide (oversight)',
      next: () => ({
        path: `/api/v1/documents?q=${encodeURIComponent(pick(SEARCH_TERMS))}&pageSize=20`,
        headers: bearer(oversight),
      }),
    },
    {
      key: 'searchAgency',
      label: 'Diacritics-insensitive ranked search, one agency (its drafter)',
      next: () => {
        const t = pick(tokens);
        return {
          path: `/api/v1/documents?agencyId=${agencyIdOf(t.agency)}&q=${encodeURIComponent(pick(SEARCH_TERMS))}&pageSize=20`,
          headers: bearer(t.drafter),
        };
      },
    },
    {
      key: 'searchContent',
      label: 'Search inside file contents with snippets, province-wide (oversight)',
      next: () => ({
        path: `/api/v1/documents?q=${encodeURIComponent(pick(CONTENT_TERMS))}&searchIn=content&pageSize=20`,
        headers: bearer(oversight),
      }),
    },
    {
      key: 'searchContentAgency',
      label: 'Search inside file contents with snippets, one agency (its drafter)',
      next: () => {
        const t = pick(tokens);
        return {
          path: `/api/v1/documents?agencyId=${agencyIdOf(t.agency)}&q=${encodeURIComponent(pick(CONTENT_TERMS))}&searchIn=content&pageSize=20`,
          headers: bearer(t.drafter),
        };
      },
    },
    {
      key: 'versions',
      label: 'A document with its versions and files',
      next: () => {
        const t = pick(tokens);
        const k = Math.floor(Math.random() * perAgency);
        return {
          path: `/api/v1/documents/${uuidOf(`doc-${k * s.agencies + t.agency}`)}/versions`,
          headers: bearer(t.drafter),
        };
      },
    },
    {
      key: 'inbox',
      label: 'Approval inbox (secretary or approver)',
      next: () => {
        const t = pick(tokens);
        return {
          path: '/api/v1/approval-requests?assignedToMe=true',
          headers: bearer(Math.random() < 0.5 ? t.secretary : t.approver),
        };
      },
    },
    {
      key: 'deadlines',
      label: 'Deadline list of one agency',
      next: () => {
        const t = pick(tokens);
        return { path: `/api/v1/deadlines?agencyId=${agencyIdOf(t.agency)}`, headers: bearer(t.secretary) };
      },
    },
    {
      key: 'dashboard',
      label: `Province dashboard (${s.bigProvince} agencies; 4 connections, 2× duration)`,
      connections: 4,
      durationFactor: 2,
      next: () => ({
        path: `/api/v1/dashboards/province?provinceAgencyId=${province}`,
        headers: bearer(oversight),
      }),
    },
    {
      key: 'nationalDashboard',
      label: `National dashboard (Ministry: ${s.provinces} provinces, ${s.agencies} agencies; 4 connections, 2× duration)`,
      connections: 4,
      durationFactor: 2,
      next: () => ({ path: '/api/v1/dashboards/national', headers: bearer(ministry) }),
    },
    {
      key: 'login',
      label: 'Login (argon2id, valid credentials, 50 users)',
      next: () => ({
        method: 'POST',
        path: '/api/v1/auth/login',
        body: JSON.stringify({ username: pick(loginUsers), password: PASSWORD }),
      }),
    },
  ];
}

/** A server measured: where it answers and its process (for its CPU time). */
export interface Target {
  url: string;
  pid: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Loads the API, then the baseline, with the same requests and settings, `options.rounds` times
 * in alternation: on a shared 2-core machine a single pair moves with whatever else runs, so the
 * pair with the median ratio is reported, with every round's ratio beside it.
 */
export async function compare(
  options: BenchOptions,
  endpoint: Endpoint,
  api: Target,
  baseline: Target,
): Promise<Comparison> {
  const run = async ({ url, pid }: Target, who: string, warm: boolean) => {
    const connections = endpoint.connections ?? options.connections;
    if (warm) {
      await load(url, endpoint.next, options.warmup, connections);
      await quiesce(options.databaseUrl, `${endpoint.key} ${who} warm-up`);
    }
    const cpuBefore = cpuMsOf(pid);
    const result = await load(
      url,
      endpoint.next,
      options.duration * (endpoint.durationFactor ?? 1),
      connections,
    );
    result.cpuMsPerRequest = round2((cpuMsOf(pid) - cpuBefore) / Math.max(1, result.ok));
    result.leftover = await quiesce(options.databaseUrl, `${endpoint.key} ${who}`);
    log(
      `${endpoint.key} ${who}: ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, CPU ${result.cpuMsPerRequest} ms/answer, statuses ${JSON.stringify(result.statuses)}`,
    );
    return result;
  };
  const pairs: { api: LoadResult; baseline: LoadResult; ratio: number }[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const onApi = await run(api, 'api', round === 0);
    const onBaseline = await run(baseline, 'baseline', round === 0);
    pairs.push({
      api: onApi,
      baseline: onBaseline,
      ratio: onBaseline.rps > 0 ? round2(onApi.rps / onBaseline.rps) : NaN,
    });
  }
  const median = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)];
  return {
    key: endpoint.key,
    label: endpoint.label,
    api: median.api,
    baseline: median.baseline,
    ratio: median.ratio,
    ratios: pairs.map((p) => p.ratio),
  };
}

/**
 * Waits (at most 20 s) until neither the API nor the baseline has a query running, so a slow
 * endpoint's backlog does not spill into the next measurement; then cancels what is left.
 * Returns how many queries had to be cancelled.
 */
export async function quiesce(databaseUrl: string, after: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'iso-bench-quiesce' });
  await db.connect();
  try {
    const active = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'
                      AND application_name IN ('iso-dien-tu', 'iso-bench-baseline') AND pid <> pg_backend_pid()`;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await db.query<{ pid: number }>(active);
      if (rows.length === 0) return 0;
      if (Date.now() > deadline) {
        await db.query(`SELECT pg_cancel_backend(pid) FROM (${active}) a`);
        log(`${after}: cancelled ${rows.length} queries still running 20 s after the load stopped`);
        return rows.length;
      }
      await sleep(250);
    }
  } finally {
    await db.end();
  }
}

/** Whether the API serves the endpoint at all (the dashboard arrives with libs/oversight). */
export async function available(
  apiUrl: string,
  endpoint: Endpoint,
): Promise<{ ok: boolean; status: number; body: string }> {
  const spec = endpoint.next();
  const response = await fetch(apiUrl + spec.path, {
    method: spec.method ?? 'GET',
    headers: { ...(spec.body ? { 'content-type': 'application/json' } : {}), ...(spec.headers ?? {}) },
    body: spec.body,
  });
  const body = await response.text();
  return { ok: response.ok, status: response.status, body: body.slice(0, 300) };
}
