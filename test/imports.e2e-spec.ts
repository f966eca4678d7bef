import { ImportRunner } from '../libs/imports/src';
import { startTestApp, TestApp } from './support/harness';
import { expectError } from './support/audits';
import { PDF, sha256 } from './support/documents';
import { archiveOf, sampleAgency, SampleRow } from './support/imports';
import { buildWorld, World } from './support/world';

jest.setTimeout(600_000);

/**
 * Issue 18: an agency's existing QMS comes in whole from an archive (register + files). A dry run
 * reports per row and writes nothing; the import is staged row by row (resumable, once per row)
 * and published in one transaction; a failed import publishes nothing and is rolled back.
 */
describe('importing an agency archive', () => {
  let t: TestApp;
  let w: World;
  const token = (user: string) => w.users[user].token;
  const post = (user: string, agencyId: string, archive: Buffer, query = '') =>
    t
      .http()
      .post(`/api/v1/agencies/${agencyId}/imports${query}`)
      .set('Authorization', `Bearer ${token(user)}`)
      .attach('archive', archive, 'luu-tru.zip');
  const get = (user: string, path: string) =>
    t
      .http()
      .get(path)
      .set('Authorization', `Bearer ${token(user)}`);
  const counts = async () =>
    (
      await t.sql<Record<string, number>>(
        `SELECT (SELECT count(*) FROM documents)::int AS documents,
                (SELECT count(*) FROM document_versions)::int AS versions,
                (SELECT count(*) FROM document_imports)::int AS imports`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('a Kon Tum-sized agency: dry run, then staged (a crash half-way resumes), published whole', async () => {
    const { rows, files } = sampleAgency(60, 1);
    const archive = archiveOf(rows, files);
    const before = await counts();

    const dry = await post('a.iso_secretary', w.agencyA, archive, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, ok: true, total: 360 });
    expect(dry.body.rows.every((r: { status: string }) => r.status === 'ok')).toBe(true);
    expect(await counts()).toEqual(before);

    const queued = await post('a.agency_admin', w.agencyA, archive);
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ status: 'QUEUED', total: 360, done: 0, errors: [] });
    const id = queued.body.id as string;

    // the worker dies after 100 rows: nothing is visible yet
    const runner = t.app.get(ImportRunner);
    await runner.run(id, { rowLimit: 100 });
    const halfway = await get('a.agency_admin', `/api/v1/imports/${id}`).expect(200);
    expect(halfway.body).toMatchObject({ status: 'RUNNING', done: 100, total: 360 });
    expect((await counts()).documents).toBe(before.documents);

    // the retry resumes; a third run (a duplicate job) changes nothing
    await runner.run(id);
    await runner.run(id);
    const done = await get('a.iso_secretary', `/api/v1/imports/${id}`).expect(200);
    expect(done.body).toMatchObject({ status: 'COMPLETED', done: 360, total: 360, errors: [] });
    const [staged] = await t.sql<{ rows: number; files: number; distinct: number }>(
      `SELECT count(*)::int AS rows, (SELECT count(*)::int FROM document_import_files WHERE import_id = $1) AS files,
              count(DISTINCT row_number)::int AS distinct FROM document_import_rows WHERE import_id = $1`,
      [id],
    );
    expect(staged).toEqual({ rows: 360, files: 360, distinct: 360 });

    // the normal documents API shows them in force with their history
    const list = await get('a.staff', `/api/v1/documents?agencyId=${w.agencyA}&pageSize=100`).expect(200);
    expect(list.body.total).toBe(120);
    const procedure = (
      await get('a.staff', `/api/v1/documents?agencyId=${w.agencyA}&q=QT-07`).expect(200)
    ).body.items.find((d: { code: string }) => d.code === 'QT-07');
    expect(procedure).toMatchObject({
      status: 'EFFECTIVE',
      type: 'PROCEDURE',
      revision: 3,
      effectiveFrom: '2023-05-15',
      reviewIntervalMonths: 12,
      administrativeProcedureCodes: ['1.007'],
    });
    const versions = await get('a.staff', `/api/v1/documents/${procedure.id}/versions`).expect(200);
    const items = versions.body.items ?? versions.body;
    expect(items.map((v: { revision: number; status: string }) => [v.revision, v.status])).toEqual([
      [3, 'EFFECTIVE'],
      [2, 'SUPERSEDED'],
      [1, 'SUPERSEDED'],
    ]);
    expect(items[1].files[0].sha256).toBe(sha256(PDF('QT-07 lần 2')));
    const form = (await get('a.staff', `/api/v1/documents?agencyId=${w.agencyA}&q=BM-01/QT-07`).expect(200))
      .body.items[0];
    expect(form).toMatchObject({ type: 'FORM', parentId: procedure.id, status: 'EFFECTIVE' });

    // the history says imported: by whom, from which register row, approved by whom
    const trail = await get(
      'a.agency_admin',
      `/api/v1/audit-trail?subjectType=documentVersion&subjectId=${items[0].id}`,
    ).expect(200);
    const entry = trail.body.items.find((e: { action: string }) => e.action === 'import');
    expect(entry.data.imported).toMatchObject({
      importId: id,
      register: 'register.csv',
      approverName: 'Nguyễn Văn Giám Đốc',
      importedBy: w.users['a.agency_admin'].id,
    });
    expect(typeof entry.data.imported.row).toBe('number');
    // no acknowledgement asked for imported history
    const [acks] = await t.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM acknowledgements WHERE agency_id = $1',
      [w.agencyA],
    );
    expect(acks.n).toBe(0);
    const listed = await get('p1.oversight', `/api/v1/agencies/${w.agencyA}/imports`).expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(id);

    // a completed import is the agency's register now: not rolled back
    const refused = await t
      .http()
      .post(`/api/v1/imports/${id}/rollback`)
      .set('Authorization', `Bearer ${token('a.agency_admin')}`)
      .send({});
    expect(refused.status).toBe(409);
  });

  it('a bad register gets a report per row and writes nothing', async () => {
    const ok = (code: string, revision: number, extra: Partial<SampleRow> = {}): SampleRow => ({
      code,
      title: `Tài liệu ${code}`,
      type: 'PROCEDURE',
      revision,
      date: `01/02/202${revision}`,
      files: `f/${code}-${revision}.pdf`,
      ...extra,
    });
    const rows: SampleRow[] = [
      ok('QT-A', 1),
      ok('QT-A', 1), // duplicate code and revision
      ok('BM-X', 1, { type: 'Biểu mẫu', parent: 'QT-NONE' }), // unknown parent
      ok('QT-B', 1, { files: 'f/khong-co.pdf' }), // missing file
      ok('QT-C', 1, { files: 'f/virus.pdf' }), // an .exe renamed .pdf
      ok('QT-D', 1, { date: '31/02/2021' }), // no such day
      ok('QT-E', 2),
      ok('QT-E', 1), // revisions out of order
    ];
    const files = [...new Set(rows.map((r) => r.files))]
      .filter((name) => !['f/khong-co.pdf', 'f/virus.pdf'].includes(name))
      .map((name) => ({ name, data: PDF(name) }));
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200)]);
    const archive = archiveOf(rows, files, [{ name: 'f/virus.pdf', data: exe }]);
    const before = await counts();

    const dry = await post('a.iso_secretary', w.agencyA, archive, '?dryRun=true');
    if (dry.status !== 200) console.log(JSON.stringify(dry.body));
    expect(dry.status).toBe(200);
    expect(dry.body.ok).toBe(false);
    const codes = (row: number) =>
      dry.body.rows.find((r: { row: number }) => r.row === row).problems.map((p: { code: string }) => p.code);
    // the header is row 1: register rows start at 2
    expect(codes(2)).toEqual([]);
    expect(codes(3)).toContain('duplicateRow');
    expect(codes(4)).toContain('unknownParent');
    expect(codes(5)).toContain('fileMissing');
    expect(codes(6)).toContain('fileType');
    expect(codes(7)).toContain('badDate');
    expect(codes(9)).toContain('revisionOrder');
    const missing = dry.body.rows.find((r: { row: number }) => r.row === 5).problems[0];
    expect(missing.message).toBe('Không có tệp "f/khong-co.pdf" trong tệp nén');

    const refused = await post('a.iso_secretary', w.agencyA, archive);
    expectError(refused, 422, 'IMPORT_INVALID');
    expect(refused.body.details.map((d: { field: string }) => d.field)).toContain('rows[5].fileName');
    expect(await counts()).toEqual(before);
  });

  it('an import that fails in the job publishes nothing and is rolled back as a whole', async () => {
    const { rows, files } = sampleAgency(2, 1);
    const renamed = rows.map((r) => ({ ...r, code: `R-${r.code}`, parent: r.parent && `R-${r.parent}` }));
    // manifest.json (as an export writes it) with a wrong checksum for one file: found when the job stores it
    const manifest = {
      format: 'iso-dien-tu/agency-archive',
      formatVersion: 1,
      files: files.map((f, i) => ({ path: f.name, sha256: i === 4 ? '0'.repeat(64) : sha256(f.data!) })),
    };
    const archive = archiveOf(renamed, files, [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
    ]);
    const queued = await post('a.agency_admin', w.agencyA, archive);
    expect(queued.status).toBe(202);
    const before = await counts();
    await t.app.get(ImportRunner).run(queued.body.id);
    const failed = await get('a.agency_admin', `/api/v1/imports/${queued.body.id}`).expect(200);
    expect(failed.body.status).toBe('FAILED');
    expect(failed.body.errors.map((e: { code: string }) => e.code)).toEqual(['fileChecksum']);
    expect((await counts()).documents).toBe(before.documents);

    // oversight reads but does not act; another agency's admin does not see it
    const asOversight = await t
      .http()
      .post(`/api/v1/imports/${queued.body.id}/rollback`)
      .set('Authorization', `Bearer ${token('p1.oversight')}`)
      .send({});
    expect(asOversight.status).toBe(403);
    const asOther = await t
      .http()
      .post(`/api/v1/imports/${queued.body.id}/rollback`)
      .set('Authorization', `Bearer ${token('b.agency_admin')}`)
      .send({});
    expect(asOther.status).toBe(404);

    const rolledBack = await t
      .http()
      .post(`/api/v1/imports/${queued.body.id}/rollback`)
      .set('Authorization', `Bearer ${token('a.agency_admin')}`)
      .send({ reason: 'Tệp nén bị hỏng' })
      .expect(200);
    expect(rolledBack.body.status).toBe('ROLLED_BACK');
    const [rows2] = await t.sql<{ open: number }>(
      'SELECT count(*) FILTER (WHERE discarded_at IS NULL)::int AS open FROM document_import_rows WHERE import_id = $1',
      [queued.body.id],
    );
    expect(rows2.open).toBe(0);
    // a second run of its job does nothing
    await t.app.get(ImportRunner).run(queued.body.id);
    expect((await counts()).documents).toBe(before.documents);
  });

  it('a job that keeps failing unexpectedly ends FAILED on its last attempt (publishing nothing), not RUNNING for ever', async () => {
    const { rows, files } = sampleAgency(1, 0);
    const renamed = rows.map((r) => ({ ...r, code: `X-${r.code}` }));
    const queued = await post('a.agency_admin', w.agencyA, archiveOf(renamed, files));
    expect(queued.status).toBe(202);
    const before = await counts();
    // the database refuses these documents, as a failure the job cannot know about
    await t.sql(`CREATE FUNCTION refuse_x_documents() RETURNS trigger LANGUAGE plpgsql AS $$
                 BEGIN IF NEW.code LIKE 'X-%' THEN RAISE EXCEPTION 'refused in the test'; END IF; RETURN NEW; END $$`);
    await t.sql(`CREATE TRIGGER refuse_x_documents BEFORE INSERT ON documents
                 FOR EACH ROW EXECUTE FUNCTION refuse_x_documents()`);
    try {
      const runner = t.app.get(ImportRunner);
      await expect(runner.run(queued.body.id, { attempt: 1, lastAttempt: false })).rejects.toThrow(/refused/);
      expect((await get('a.agency_admin', `/api/v1/imports/${queued.body.id}`).expect(200)).body.status).toBe(
        'RUNNING',
      );
      await expect(runner.run(queued.body.id, { attempt: 5, lastAttempt: true })).rejects.toThrow(/refused/);
    } finally {
      await t.sql('DROP TRIGGER refuse_x_documents ON documents');
      await t.sql('DROP FUNCTION refuse_x_documents()');
    }
    const failed = await get('a.agency_admin', `/api/v1/imports/${queued.body.id}`).expect(200);
    expect(failed.body.status).toBe('FAILED');
    expect(failed.body.errors.map((e: { code: string }) => e.code)).toEqual(['jobFailed']);
    expect((await counts()).documents).toBe(before.documents);
    await t
      .http()
      .post(`/api/v1/imports/${queued.body.id}/rollback`)
      .set('Authorization', `Bearer ${token('a.agency_admin')}`)
      .send({})
      .expect(200);
  });

  it('scoping: another agency is a 404, oversight reads within its province only and never writes', async () => {
    const { rows, files } = sampleAgency(1, 0);
    const archive = archiveOf(rows, files);
    expect((await post('b.agency_admin', w.agencyA, archive, '?dryRun=true')).status).toBe(404);
    expect((await post('p1.oversight', w.agencyA, archive, '?dryRun=true')).status).toBe(403);
    expect((await post('a.staff', w.agencyA, archive, '?dryRun=true')).status).toBe(403);
    expect((await get('p1.oversight', `/api/v1/agencies/${w.agencyA}/imports`)).status).toBe(200);
    expect((await get('p2.oversight', `/api/v1/agencies/${w.agencyA}/imports`)).status).toBe(404);
    const [any] = await t.sql<{ id: string }>('SELECT id FROM document_imports LIMIT 1');
    expect((await get('b.agency_admin', `/api/v1/imports/${any.id}`)).status).toBe(404);
    expect((await get('p2.oversight', `/api/v1/imports/${any.id}`)).status).toBe(404);
  });

  it('a register part over its limit is refused with 413, and the upload is still read to its end', async () => {
    const { rows, files } = sampleAgency(1, 0);
    const before = await counts();
    // a spreadsheet of 21 MB beside a valid archive: had the part been closed instead of drained,
    // the multipart parser would wait for it forever and the request would never be answered
    const refused = await post('a.agency_admin', w.agencyA, archiveOf(rows, files), '?dryRun=true').attach(
      'register',
      Buffer.alloc(21 * 1024 * 1024, 0x61),
      'danh-muc.xlsx',
    );
    expectError(refused, 413, 'PAYLOAD_TOO_LARGE');
    expect(await counts()).toEqual(before);
  });

  it('zip bombs and paths leaving the archive are refused before anything is read', async () => {
    const { rows, files } = sampleAgency(1, 0);
    const bomb = archiveOf(rows, files, [{ name: 'zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) }]);
    expectError(
      await post('a.agency_admin', w.agencyA, bomb, '?dryRun=true'),
      413,
      'IMPORT_ARCHIVE_TOO_LARGE',
    );
    const escape = archiveOf(rows, files, [{ name: '../../etc/evil.pdf', data: PDF('x') }]);
    expectError(
      await post('a.agency_admin', w.agencyA, escape, '?dryRun=true'),
      400,
      'IMPORT_ARCHIVE_INVALID',
    );
  });
});
