import { join } from 'node:path';
import { Client } from 'pg';
import { BenchOptions } from './options';
import { Child, startWorker, stopChild } from './procs';
import { log, round, sleep } from './util';

export interface ReminderResult {
  deadlines: number;
  workers: number;
  dueWindowSeconds: number;
  /** From the first due instant until the last reminder was recorded. */
  allDeliveredAfterFirstDueSeconds: number;
  /** From the last due instant until the last reminder was recorded. */
  drainAfterLastDueSeconds: number;
  delivered: number;
  lagP50: number;
  lagP95: number;
  lagP99: number;
  lagMax: number;
  notifications: number;
  emailsSkipped: number;
  plannerCheck: string;
}

interface Cadence {
  DEFAULT_REMINDER_POLICY: { daysBefore: number; remindOnDue: boolean; overdueEveryDays: number };
  nextReminderStep(
    policy: Cadence['DEFAULT_REMINDER_POLICY'],
    dueAt: Date,
    afterStep: number | null,
    now: Date,
  ): { step: number; at: Date };
}

/**
 * Reminder delivery: N open deadlines falling due within one minute, spread over every agency,
 * each responsible to the agency's ISO secretary. They are registered as the planner leaves a
 * deadline whose 3-days-before reminder was delivered: that step recorded, the next one the
 * DUE step at the due instant (checked against the planner's own cadence function). Two workers
 * (sweep every 5 s, look-ahead 2 min) deliver them: in-app notifications, e-mails recorded as
 * SKIPPED (no SMTP). The time until all are recorded and the lag of each are read from
 * deadline_reminders (created_at − scheduled_at).
 */
export async function runReminders(
  options: BenchOptions,
  s3Endpoint: string,
  // the scale-out section runs four workers on fewer deadlines (bench/scale-out.ts)
  workerCount = 2,
  // BENCH_REMINDERS: another count than the scale's (e.g. 20,000 at small scale, to see batching)
  n = Number(process.env.BENCH_REMINDERS ?? '') || options.scale.reminders,
): Promise<ReminderResult> {
  const a = options.scale.agencies;
  const db = new Client({ connectionString: options.databaseUrl, application_name: 'iso-bench-reminders' });
  await db.connect();
  const workers: Child[] = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cadence = require(join(options.root, 'dist/libs/deadlines/src/reminders/cadence.js')) as Cadence;
    // the workers run before the deadlines arrive, as in production: the periodic sweep (every
    // 5 s, 2 min ahead) enqueues them as delayed jobs once they enter the look-ahead
    const env = { REMINDER_SWEEP_INTERVAL_MS: '5000', REMINDER_LOOKAHEAD_MS: '120000' };
    workers.push(
      ...(await Promise.all(
        Array.from({ length: workerCount }, (_, i) =>
          startWorker(options, s3Endpoint, `worker-r${i + 1}`, env),
        ),
      )),
    );
    log(`reminders: ${workerCount} workers started`);
    const lead = 60_000;
    const window = 60_000;
    const start = Date.now() + lead;
    const sampleDue = new Date(start + window / 2);
    const planned = cadence.nextReminderStep(cadence.DEFAULT_REMINDER_POLICY, sampleDue, 0, new Date());
    const plannerCheck = `nextReminderStep(due, after step 0) = step ${planned.step} at due${planned.at.getTime() === sampleDue.getTime() ? '' : ' (MISMATCH)'}`;
    if (planned.step !== 1 || planned.at.getTime() !== sampleDue.getTime())
      throw new Error(`planner disagrees: ${plannerCheck}`);

    const runId = Date.now().toString(36);
    await db.query('SET jit = off');
    const inserted = await db.query(
      `WITH d AS (
         INSERT INTO deadlines (agency_id, kind, subject_type, subject_id, title, due_at, responsible_user_ids,
                                responsible_role, state, next_reminder_at, next_reminder_step)
         SELECT bench_uuid('agency-' || (i % ${a})), 'CORRECTIVE_ACTION', 'benchReminder', gen_random_uuid(),
                'Hành động khắc phục ' || $3 || '-' || i,
                to_timestamp(($1 + (i * $2::float8 / ${n})) / 1000.0), ARRAY[bench_uuid('user-' || (i % ${a}) || '-0')],
                NULL, 'OPEN', to_timestamp(($1 + (i * $2::float8 / ${n})) / 1000.0), 1
           FROM generate_series(0, ${n - 1}) i
         RETURNING id, due_at)
       INSERT INTO deadline_reminders (deadline_id, due_at, step, kind, level, scheduled_at, recipient_user_ids, created_at, updated_at)
       SELECT id, due_at, 0, 'BEFORE', 0, due_at - interval '3 days', '{}', due_at - interval '3 days', due_at - interval '3 days'
         FROM d`,
      [start, window, runId],
    );
    log(
      `reminders: ${inserted.rowCount} deadlines due between +${lead / 1000} s and +${(lead + window) / 1000} s; ${plannerCheck}`,
    );

    const count = async () => {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM deadline_reminders r JOIN deadlines d ON d.id = r.deadline_id
          WHERE d.subject_type = 'benchReminder' AND d.title LIKE $1 AND r.step = 1`,
        [`Hành động khắc phục ${runId}-%`],
      );
      return Number(rows[0].n);
    };
    const giveUp = start + window + 15 * 60_000;
    // polled every 5 s (the lags are read from the rows afterwards): the count competes with the workers
    let delivered = 0;
    let lastLog = 0;
    while (Date.now() < giveUp) {
      delivered = await count();
      if (delivered >= n) break;
      if (Date.now() - lastLog > 10_000) {
        log(`reminders: ${delivered}/${n} delivered`);
        lastLog = Date.now();
      }
      await sleep(5000);
    }
    const { rows } = await db.query<Record<string, string>>(
      `SELECT count(*) AS delivered,
              extract(epoch FROM max(r.created_at) - min(d.due_at)) AS all_after_first,
              extract(epoch FROM max(r.created_at) - max(d.due_at)) AS drain,
              extract(epoch FROM max(d.due_at) - min(d.due_at)) AS window,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.created_at - r.scheduled_at)) AS p50,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM r.created_at - r.scheduled_at)) AS p95,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM r.created_at - r.scheduled_at)) AS p99,
              max(extract(epoch FROM r.created_at - r.scheduled_at)) AS lag_max
         FROM deadline_reminders r JOIN deadlines d ON d.id = r.deadline_id
        WHERE d.subject_type = 'benchReminder' AND d.title LIKE $1 AND r.step = 1`,
      [`Hành động khắc phục ${runId}-%`],
    );
    const r = rows[0];
    const { rows: sent } = await db.query<{ notifications: string; skipped: string }>(
      `SELECT count(*) AS notifications, count(e.id) FILTER (WHERE e.status = 'SKIPPED') AS skipped
         FROM notifications x JOIN deadline_reminders r ON r.id = x.reminder_id JOIN deadlines d ON d.id = r.deadline_id
         LEFT JOIN email_deliveries e ON e.notification_id = x.id
        WHERE d.subject_type = 'benchReminder' AND d.title LIKE $1 AND r.step = 1`,
      [`Hành động khắc phục ${runId}-%`],
    );
    return {
      deadlines: n,
      workers: workers.length,
      dueWindowSeconds: round(Number(r.window), 1),
      allDeliveredAfterFirstDueSeconds: round(Number(r.all_after_first), 1),
      drainAfterLastDueSeconds: round(Number(r.drain), 1),
      delivered: Number(r.delivered),
      lagP50: round(Number(r.p50), 2),
      lagP95: round(Number(r.p95), 2),
      lagP99: round(Number(r.p99), 2),
      lagMax: round(Number(r.lag_max), 2),
      notifications: Number(sent[0].notifications),
      emailsSkipped: Number(sent[0].skipped),
      plannerCheck,
    };
  } finally {
    await Promise.all(workers.map((w) => stopChild(w)));
    // leave nothing to fire later: the benchmark's deadlines are closed
    await db.query(
      `UPDATE deadlines SET state = 'CANCELLED', closed_at = now(), next_reminder_at = NULL, next_reminder_step = NULL
        WHERE subject_type = 'benchReminder' AND state = 'OPEN'`,
    );
    await db.end();
  }
}
