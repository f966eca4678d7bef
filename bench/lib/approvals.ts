import { Client } from 'pg';
import { ApiClient, pool } from './client';
import { agencyIdOf, APPROVER, DRAFTER, SECRETARY, usernameOf } from './datagen';
import { BenchOptions } from './options';
import { log, percentile, round } from './util';

export interface ApprovalResult {
  requests: number;
  concurrency: number;
  transitions: number;
  failed: number;
  seconds: number;
  transitionsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  auditEntries: number;
  outboxEvents: number;
  approvedRequests: number;
  effectiveDocuments: number;
  setupSeconds: number;
  /** Waited after the setup for the worker to extract its files' text, before timing. */
  setupWorkSeconds: number;
}

/** Seconds until every file of the documents has its text row (at most three minutes). */
async function untilFilesHaveText(db: Client, documentIds: string[]): Promise<number> {
  const start = Date.now();
  for (;;) {
    const { rows } = await db.query<{ waiting: string }>(
      `SELECT count(*) AS waiting FROM document_files f
        WHERE f.document_id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM file_texts t WHERE t.file_id = f.id)`,
      [documentIds],
    );
    const seconds = (Date.now() - start) / 1000;
    if (Number(rows[0].waiting) === 0 || seconds > 180) return seconds;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A small PDF (the type is sniffed from its first bytes); identical bytes are stored once. */
const SMALL_PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n% benchmark\n'),
  Buffer.alloc(20_000, 0x20),
  Buffer.from('\n%%EOF\n'),
]);

async function counts(db: Client): Promise<{ audit: number; outbox: number }> {
  const { rows } = await db.query<{ audit: string; outbox: string }>(
    'SELECT (SELECT count(*) FROM audit_trail) AS audit, (SELECT count(*) FROM outbox_events) AS outbox',
  );
  return { audit: Number(rows[0].audit), outbox: Number(rows[0].outbox) };
}

/**
 * Approval transitions under concurrency. Beforehand, through the API: N documents, each with a
 * file and a submitted ISSUE request (default workflow: ISO secretary, then head of agency),
 * spread over 10 agencies. Then `connections` clients each take the next request and approve
 * its two steps in turn (the secretary, then the approver); every approval is a transition
 * written with its audit-trail entries and outbox events in one transaction. Afterwards the
 * rows written are counted.
 */
export async function runApprovals(options: BenchOptions, api: ApiClient): Promise<ApprovalResult> {
  const s = options.scale;
  const runId = Date.now().toString(36);
  const agencies = Array.from({ length: 10 }, (_, j) => s.bigProvince - 1 - j);
  const people = await pool(agencies, 4, async (a) => ({
    agency: a,
    drafter: await api.login(usernameOf(a, DRAFTER)),
    secretary: await api.login(usernameOf(a, SECRETARY)),
    approver: await api.login(usernameOf(a, APPROVER)),
  }));

  const setupStart = Date.now();
  // one file for every document of the run, as an agency uploads the same form again and again:
  // stored once, and its text extracted once (the other files take its result)
  const bytes = Buffer.concat([SMALL_PDF, Buffer.from(`% ${runId}\n`)]);
  const prepare = async (i: number) => {
    const who = people[i % people.length];
    const doc = await api.call<{ id: string; draftVersion: { id: string } }>(
      'POST',
      '/api/v1/documents',
      who.drafter,
      {
        agencyId: agencyIdOf(who.agency),
        code: `QT-BENCH-${runId}-${i}`,
        title: `Quy trình đo hiệu năng phê duyệt ${runId} số ${i}`,
        type: 'PROCEDURE',
      },
    );
    await api.uploadPdf(who.drafter, doc, bytes, `quy-trinh-${i}.pdf`);
    const request = await api.call<{ id: string }>('POST', '/api/v1/approval-requests', who.drafter, {
      kind: 'ISSUE',
      documentId: doc.id,
      reason: 'Ban hành quy trình (benchmark)',
    });
    await api.call('POST', `/api/v1/approval-requests/${request.id}/submit`, who.drafter, {});
    return { id: request.id, documentId: doc.id, who };
  };
  // the first upload stores the bytes; the others find them stored
  const first = await prepare(0);
  const requests = [
    first,
    ...(await pool(
      Array.from({ length: s.approvals - 1 }, (_, i) => i + 1),
      8,
      prepare,
    )),
  ];
  const setupSeconds = (Date.now() - setupStart) / 1000;
  log(`approvals: ${requests.length} submitted requests prepared in ${setupSeconds.toFixed(1)} s`);

  const db = new Client({ connectionString: options.databaseUrl, application_name: 'iso-bench-approvals' });
  await db.connect();
  try {
    // the setup's own background work (the worker extracting its files' text) is done before the
    // transitions are timed: what is measured is the transitions and the work they cause
    const setupWorkSeconds = await untilFilesHaveText(
      db,
      requests.map((r) => r.documentId),
    );
    log(`approvals: the setup's text extraction finished ${setupWorkSeconds.toFixed(1)} s after it`);
    const before = await counts(db);
    const latencies: number[] = [];
    let failed = 0;
    // each decision names the step it decides (the API refuses one that does not)
    const approve = async (id: string, token: string, stepOrder: number) => {
      const t0 = performance.now();
      const response = await fetch(`${api.baseUrl}/api/v1/approval-requests/${id}/approve`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ stepOrder }),
      });
      await response.text();
      latencies.push(performance.now() - t0);
      if (!response.ok) failed += 1;
      return response.ok;
    };
    const t0 = performance.now();
    await pool(requests, options.connections, async (r) => {
      if (await approve(r.id, r.who.secretary, 1)) await approve(r.id, r.who.approver, 2);
    });
    const seconds = (performance.now() - t0) / 1000;
    const after = await counts(db);
    const ids = requests.map((r) => r.id);
    const { rows } = await db.query<{ approved: string; effective: string }>(
      `SELECT (SELECT count(*) FROM approval_requests WHERE id = ANY($1::uuid[]) AND status = 'APPROVED') AS approved,
              (SELECT count(*) FROM documents WHERE id = ANY($2::uuid[]) AND status = 'EFFECTIVE') AS effective`,
      [ids, requests.map((r) => r.documentId)],
    );
    latencies.sort((a, b) => a - b);
    const transitions = latencies.length - failed;
    return {
      requests: requests.length,
      concurrency: options.connections,
      transitions,
      failed,
      seconds: round(seconds, 2),
      transitionsPerSecond: round(transitions / seconds, 1),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      auditEntries: after.audit - before.audit,
      outboxEvents: after.outbox - before.outbox,
      approvedRequests: Number(rows[0].approved),
      effectiveDocuments: Number(rows[0].effective),
      setupSeconds: round(setupSeconds, 1),
      setupWorkSeconds: round(setupWorkSeconds, 1),
    };
  } finally {
    await db.end();
  }
}
