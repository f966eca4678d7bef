import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { addDays, Clock, JobQueue, QueueName } from '../libs/platform/src';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { activationJobId } from '../apps/worker/src/document-activation.handler';
import { startTestApp, testConfig, TestApp } from './support/harness';
import { approveAll, client, Client, PDF } from './support/documents';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const DAY = 24 * 3600 * 1000;

describe('a future effective date takes effect when its job runs', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let drafter: Client, secretary: Client, approver: Client;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    [drafter, secretary, approver] = ['a.drafter', 'a.iso_secretary', 'a.approver'].map((k) =>
      client(t, w.users[k].token),
    );
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(
        testConfig(t.databaseName, {
          OUTBOX_RELAY_INTERVAL_MS: '200',
          ACTIVATION_SWEEP_INTERVAL_MS: '3600000',
        }),
      ),
      { logger: false },
    );
    await worker.init();
  });
  afterAll(async () => {
    const queue = worker.get(JobQueue).queue(QueueName.Documents);
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await t.close();
  });

  const travel = (ms: number) => [t.app.get(Clock), worker.get(Clock)].forEach((clock) => clock.travel(ms));
  const documentsQueue = () => worker.get(JobQueue).queue(QueueName.Documents);

  async function approvedForTomorrow(code: string, kind: 'ISSUE' | 'REVISION', documentId?: string) {
    let id = documentId;
    let versionId: string;
    if (!id) {
      const created = (
        await drafter
          .post('/api/v1/documents', {
            agencyId: w.agencyA,
            code,
            title: `Quy trình ${code}`,
            type: 'PROCEDURE',
          })
          .expect(201)
      ).body;
      id = created.id as string;
      versionId = created.draftVersion.id;
    } else {
      versionId = (
        await drafter
          .post(`/api/v1/documents/${id}/revisions`, { reason: 'Sửa đổi có hiệu lực từ ngày mai' })
          .expect(201)
      ).body.id;
    }
    await drafter.upload(id, versionId, PDF(`${code} ${kind}`), `${code}.pdf`).expect(201);
    const tomorrow = addDays(t.app.get(Clock).today(), 1);
    const request = (
      await drafter
        .post('/api/v1/approval-requests', { kind, documentId: id, reason: kind, effectiveDate: tomorrow })
        .expect(201)
    ).body;
    await drafter.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200);
    await approveAll(request.id, secretary, approver);
    return { documentId: id, versionId, tomorrow };
  }

  it('schedules a delayed job at approval and makes the version effective when it runs', async () => {
    const { documentId, versionId, tomorrow } = await approvedForTomorrow('QT-10', 'ISSUE');
    const pending = (await drafter.get(`/api/v1/documents/${documentId}`).expect(200)).body;
    expect(pending).toMatchObject({
      status: 'DRAFT',
      currentVersion: null,
      draftVersion: { status: 'APPROVED', effectiveFrom: tomorrow },
    });

    // the outbox relay turns the approval's event into one delayed job, keyed by the version
    const job = await waitFor(
      'the activation job',
      async () => (await documentsQueue().getJob(activationJobId(versionId))) ?? undefined,
    );
    expect(await job.getState()).toBe('delayed');
    expect(job.opts.delay).toBeGreaterThan(0);

    // run early (say a clock skew): nothing happens, the date has not come
    await job.promote();
    await waitFor('the early run to finish', async () => (await job.getState()) === 'completed');
    expect((await drafter.get(`/api/v1/documents/${documentId}`).expect(200)).body.status).toBe('DRAFT');

    // a day later the job's run makes it effective
    travel(DAY);
    await documentsQueue().add(
      'activate-document-version',
      { versionId },
      { jobId: `${activationJobId(versionId)}-retry` },
    );
    const effective = await waitFor('the version to take effect', async () => {
      const body = (await drafter.get(`/api/v1/documents/${documentId}`).expect(200)).body;
      return body.status === 'EFFECTIVE' ? body : undefined;
    });
    expect(effective.currentVersion).toMatchObject({
      id: versionId,
      status: 'EFFECTIVE',
      effectiveFrom: tomorrow,
      inForce: true,
    });
  });

  it('keeps the old version in force until the new one takes effect, and the sweep catches a lost job', async () => {
    const first = await approvedForTomorrow('QT-11', 'ISSUE');
    travel(DAY);
    await worker.get(JobQueue).add('activate-due-versions' as never, {} as never);
    await waitFor(
      'the first version to take effect',
      async () =>
        (await drafter.get(`/api/v1/documents/${first.documentId}`).expect(200)).body.status === 'EFFECTIVE',
    );

    const revision = await approvedForTomorrow('QT-11', 'REVISION', first.documentId);
    const during = (await drafter.get(`/api/v1/documents/${first.documentId}`).expect(200)).body;
    expect(during.currentVersion).toMatchObject({ id: first.versionId, status: 'EFFECTIVE' });
    expect(during.draftVersion).toMatchObject({ id: revision.versionId, status: 'APPROVED' });

    // Redis loses the delayed job; the sweep still activates the version on its date
    const job = await waitFor(
      'the activation job',
      async () => (await documentsQueue().getJob(activationJobId(revision.versionId))) ?? undefined,
    );
    await job.remove();
    travel(DAY);
    await worker.get(JobQueue).add('activate-due-versions' as never, {} as never);
    const versions = await waitFor('the revision to take effect', async () => {
      const list = (await drafter.get(`/api/v1/documents/${first.documentId}/versions`).expect(200)).body
        .items as {
        id: string;
        status: string;
      }[];
      return list[0].status === 'EFFECTIVE' ? list : undefined;
    });
    expect(versions.map((v) => [v.id, v.status])).toEqual([
      [revision.versionId, 'EFFECTIVE'],
      [first.versionId, 'SUPERSEDED'],
    ]);
    const effectiveCount = await t.sql<{ n: string }>(
      "SELECT count(*) AS n FROM document_versions WHERE document_id = $1 AND status = 'EFFECTIVE'",
      [first.documentId],
    );
    expect(effectiveCount[0].n).toBe('1');
  });
});
