import { INestApplicationContext } from '@nestjs/common';
import { ImportRunner } from '../libs/imports/src';
import { ObjectStorage } from '../libs/storage/src';
import { ok } from './support/audits';
import { client } from './support/documents';
import { downloadExport, finishedExport, openZip, seedAgencyForExport } from './support/exports';
import { startTestApp, TestApp } from './support/harness';
import { obliterateQueues, startWorker } from './support/reminders';
import { buildWorld, World } from './support/world';

jest.setTimeout(600_000);

/** Every revision in force or superseded, with its files' sha256, as one installation holds it. */
async function documentsOf(t: TestApp, agencyId: string) {
  const rows = await t.sql<{
    code: string;
    type: string;
    parent: string | null;
    revision: number;
    status: string;
    effective_from: string;
    files: string[];
  }>(
    `SELECT d.code, d.type, p.code AS parent, v.revision, v.status, v.effective_from::text AS effective_from,
            COALESCE(array_agg(f.sha256 ORDER BY f.sha256) FILTER (WHERE f.id IS NOT NULL), '{}') AS files
       FROM documents d JOIN document_versions v ON v.document_id = d.id
       LEFT JOIN documents p ON p.id = d.parent_id
       LEFT JOIN document_files f ON f.version_id = v.id AND f.removed_at IS NULL
      WHERE d.agency_id = $1 AND v.status IN ('EFFECTIVE', 'SUPERSEDED')
      GROUP BY d.code, d.type, p.code, v.revision, v.status, v.effective_from
      ORDER BY d.code, v.revision`,
    [agencyId],
  );
  return rows.map((r) => ({ ...r, files: r.files.map((f) => f.trim()) }));
}

/**
 * Issue 18's promise: an export imported into an empty agency of another installation (its own
 * database and bucket) gives the same documents, the same files (same sha256) and their history.
 */
describe('an agency export imported into another installation', () => {
  let source: TestApp, target: TestApp;
  let w: World, w2: World;
  let worker: INestApplicationContext;
  let zip: Buffer;

  beforeAll(async () => {
    source = await startTestApp();
    w = await buildWorld(source);
    await seedAgencyForExport(source, w);
    worker = await startWorker(source, { EXPORT_SWEEP_INTERVAL_MS: '3600000' });
    const admin = client(source, w.users['a.agency_admin'].token);
    const created = await ok(admin.post(`/api/v1/agencies/${w.agencyA}/exports`), 202);
    expect(await finishedExport(admin, created.id)).toMatchObject({ status: 'COMPLETED' });
    zip = (await downloadExport(admin, created.id)).body as Buffer;
    target = await startTestApp();
    w2 = await buildWorld(target);
  });

  afterAll(async () => {
    if (worker) {
      await obliterateQueues(worker);
      await worker.close();
    }
    await source?.close();
    await target?.close();
  });

  it('the dry run accepts every row; the import gives the same documents, files and history', async () => {
    expect(target.databaseName).not.toBe(source.databaseName);
    expect(target.config.S3_BUCKET).not.toBe(source.config.S3_BUCKET);
    const post = (query = '') =>
      target
        .http()
        .post(`/api/v1/agencies/${w2.agencyA}/imports${query}`)
        .set('Authorization', `Bearer ${w2.users['a.agency_admin'].token}`)
        .attach('archive', zip, 'xuat-du-lieu.zip');
    const dry = await post('?dryRun=true');
    expect({
      status: dry.status,
      ok: dry.body.ok,
      problems: dry.body.rows?.filter((r: any) => r.status !== 'ok'),
    }).toEqual({
      status: 200,
      ok: true,
      problems: [],
    });
    const queued = await post();
    expect(queued.status).toBe(202);
    await target.app.get(ImportRunner).run(queued.body.id);
    const done = await ok(
      client(target, w2.users['a.agency_admin'].token).get(`/api/v1/imports/${queued.body.id}`),
    );
    expect(done).toMatchObject({ status: 'COMPLETED', errors: [] });

    // the same documents, revisions, states, dates and files (by sha256)
    const before = await documentsOf(source, w.agencyA);
    expect(before.map((d) => `${d.code}#${d.revision}`)).toEqual(['BM-01/QT-01#1', 'QT-01#1', 'QT-01#2']);
    expect(await documentsOf(target, w2.agencyA)).toEqual(before);
    // every file's object is in the other installation's own bucket
    const keys = await target.sql<{ storage_key: string }>(
      'SELECT storage_key FROM document_files WHERE agency_id = $1',
      [w2.agencyA],
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const { storage_key: key } of keys)
      expect(await target.app.get(ObjectStorage).stat(key)).toEqual(
        expect.objectContaining({ size: expect.any(Number) }),
      );

    // the history of each revision travels with it (kept on the imported version, marked imported)
    const history = await (
      await openZip(zip)
    ).json<{ code: string; revision: number; events: unknown[] }[]>('history/documents.json');
    const imported = await target.sql<{ code: string; revision: number; history: unknown[] }>(
      `SELECT d.code, v.revision, e.data->'history' AS history
         FROM audit_trail e
         JOIN document_versions v ON v.id::text = e.subject_id
         JOIN documents d ON d.id = v.document_id
        WHERE e.agency_id = $1 AND e.subject_type = 'documentVersion' AND e.action = 'import'`,
      [w2.agencyA],
    );
    expect(imported.length).toBe(before.length);
    for (const row of imported) {
      const exported = history.find((h) => h.code === row.code && h.revision === row.revision);
      expect({ code: row.code, revision: row.revision, history: row.history }).toEqual({
        code: row.code,
        revision: row.revision,
        history: exported?.events,
      });
      expect(row.history.length).toBeGreaterThan(0);
    }
  });
});
