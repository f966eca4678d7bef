import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DeadlineKind, DeadlinesService, ReminderScheduler } from '../../libs/deadlines/src';
import { Clock, JobQueue, QueueName, RequestContext, UnitOfWork } from '../../libs/platform/src';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { testConfig, TestApp } from './harness';

export const DAY = 24 * 3600 * 1000;

/** A worker booted in this process (so the test can move its clock), consuming the file's own queues. */
export async function startWorker(
  t: TestApp,
  overrides: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(
      testConfig(t.databaseName, {
        OUTBOX_RELAY_INTERVAL_MS: '200',
        // the tests drive the sweep themselves
        REMINDER_SWEEP_INTERVAL_MS: '3600000',
        ACTIVATION_SWEEP_INTERVAL_MS: '3600000',
        ...overrides,
      }),
    ),
    { logger: false },
  );
  await worker.init();
  return worker;
}

export async function obliterateQueues(worker: INestApplicationContext): Promise<void> {
  for (const name of Object.values(QueueName))
    await worker
      .get(JobQueue)
      .queue(name)
      .obliterate({ force: true })
      .catch(() => undefined);
}

export interface DeadlineInput {
  agencyId: string;
  dueAt: Date;
  responsibleUserIds?: string[];
  responsibleRole?: string;
  kind?: DeadlineKind;
  title?: string;
}

/** Registers deadlines the way a domain transition does: in a unit of work, with their outbox events. */
export async function registerDeadlines(t: TestApp, inputs: DeadlineInput[]): Promise<string[]> {
  return t.app.get(UnitOfWork).run(RequestContext.system('test'), async (tx) => {
    const ids: string[] = [];
    for (const input of inputs) {
      const deadline = await t.app.get(DeadlinesService).register(tx, {
        agencyId: input.agencyId,
        kind: input.kind ?? 'CORRECTIVE_ACTION',
        subjectType: 'testSubject',
        subjectId: randomUUID(),
        title: input.title ?? 'Khắc phục điểm không phù hợp số 1',
        dueAt: input.dueAt,
        responsibleUserIds: input.responsibleUserIds ?? [],
        responsibleRole: input.responsibleRole ?? null,
      });
      ids.push(deadline.id);
    }
    return ids;
  });
}

/** Moves every given clock (the API's and the workers') forward. */
export function travel(ms: number, ...apps: { get: INestApplicationContext['get'] }[]): void {
  for (const app of apps) app.get(Clock).travel(ms);
}

export async function sweep(worker: INestApplicationContext): Promise<void> {
  await worker.get(ReminderScheduler).sweep();
}

/** How many notifications each (deadline, step, user) got, for the given deadlines. */
export async function notificationCounts(
  t: TestApp,
  deadlineIds: string[],
): Promise<{ total: number; maxPerStepAndUser: number }> {
  const [row] = await t.sql<{ total: number; max: number | null }>(
    `SELECT coalesce(sum(n), 0)::int AS total, max(n)::int AS max FROM (
       SELECT count(*) AS n FROM notifications n JOIN deadline_reminders r ON r.id = n.reminder_id
        WHERE n.deadline_id = ANY($1::uuid[]) GROUP BY r.deadline_id, r.step, n.user_id) x`,
    [deadlineIds],
  );
  return { total: row.total, maxPerStepAndUser: row.max ?? 0 };
}

/** Waits until no reminder or e-mail job is waiting, running or due. */
export async function queuesIdle(worker: INestApplicationContext): Promise<boolean> {
  for (const name of [QueueName.Reminders, QueueName.Email]) {
    const counts = await worker.get(JobQueue).queue(name).getJobCounts('waiting', 'active', 'prioritized');
    if (counts.waiting + counts.active + counts.prioritized > 0) return false;
  }
  return true;
}
