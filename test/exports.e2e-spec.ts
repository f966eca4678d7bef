import { INestApplicationContext } from '@nestjs/common';
import { AgencyArchiveJob, REGISTER_HEADERS } from '../libs/exports/src';
import { ObjectStorage } from '../libs/storage/src';
import { expectError, ok } from './support/audits';
import { client, Client, PDF, sha256 } from './support/documents';
import {
  downloadExport,
  entriesVerify,
  ExportSeed,
  finishedExport,
  openZip,
  seedAgencyForExport,
} from './support/exports';
import { startTestApp, TestApp } from './support/harness';
import { openWorkbook } from './support/ooxml';
import { obliterateQueues, startWorker } from './support/reminders';
import { buildWorld, World } from './support/world';

/**
 * Issue 18: an agency exported whole. The agency admin asks; the worker writes ONE ZIP streamed to
 * object storage (every revision with its files, the register in the archive format, records,
 * audits, nonconformities, reviews, declarations, the audit trail with its proof, a manifest of
 * sha256); the admin and the province's oversight download it until it expires; nobody else
 * learns it exists.
 */
describe('agency export (issue 18)', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let seed: ExportSeed;
  let agencyAdmin: Client, oversight: Client, staff: Client, secretary: Client;
  let otherAdmin: Client, otherOversight: Client, admin: Client;
  let exported: any;
  let archive: Awaited<ReturnType<typeof openZip>>;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    seed = await seedAgencyForExport(t, w);
    agencyAdmin = client(t, w.users['a.agency_admin'].token);
    secretary = client(t, w.users['a.iso_secretary'].token);
    staff = client(t, w.users['a.staff'].token);
    oversight = client(t, w.users['p1.oversight'].token);
    otherAdmin = client(t, w.users['b.agency_admin'].token);
    otherOversight = client(t, w.users['p2.oversight'].token);
    admin = client(t, w.adminToken);
    worker = await startWorker(t, { EXPORT_SWEEP_INTERVAL_MS: '3600000' });
  }, 240_000);

  afterAll(async () => {
    await obliterateQueues(worker);
    await worker.close();
    await t.close();
  });

  it('the agency admin asks for an export: 202 QUEUED; the worker completes it with its size and sha256', async () => {
    const created = await ok(agencyAdmin.post(`/api/v1/agencies/${w.agencyA}/exports`), 202);
    expect(created).toMatchObject({ agencyId: w.agencyA, status: 'QUEUED', progress: 0 });
    exported = await finishedExport(agencyAdmin, created.id);
    expect(exported).toMatchObject({ id: created.id, status: 'COMPLETED', progress: 100, error: null });
    expect(exported.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(exported.size).toBeGreaterThan(0);
    const ttl = Date.parse(exported.expiresAt) - Date.parse(exported.finishedAt);
    expect(ttl).toBe(72 * 3600_000);
    const list = await ok(agencyAdmin.get(`/api/v1/agencies/${w.agencyA}/exports`));
    expect(list).toMatchObject({ total: 1, items: [{ id: created.id, status: 'COMPLETED' }] });
  });

  it('downloads the ZIP: the bytes hash to the export sha256; creation and download are audited', async () => {
    const response = await downloadExport(agencyAdmin, exported.id);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const body = response.body as Buffer;
    expect(body.length).toBe(exported.size);
    expect(sha256(body)).toBe(exported.sha256);
    archive = await openZip(body);
    const entries = await t.sql<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_trail WHERE subject_type = 'agencyExport' AND subject_id = $1 ORDER BY id`,
      [exported.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['create', 'start', 'complete', 'download']);
    expect(entries[0].actor_id).toBe(w.users['a.agency_admin'].id);
    expect(entries[3].actor_id).toBe(w.users['a.agency_admin'].id);
  });

  it('holds every revision with its files, each with the stored sha256, listed in the manifest', async () => {
    const manifest = await archive.json('manifest.json');
    expect(manifest).toMatchObject({
      format: 'iso-dien-tu/agency-archive',
      formatVersion: 1,
      agency: { id: w.agencyA, code: 'A', name: 'Sở Tư pháp' },
    });
    // every file in the ZIP but the manifest itself is listed with its real sha256 and size
    const listed = new Map<string, { sha256: string; size: number }>(
      manifest.files.map((f: any) => [f.path, f]),
    );
    expect([...listed.keys()].sort()).toEqual(archive.names.filter((n) => n !== 'manifest.json').sort());
    for (const [path, file] of listed) {
      const bytes = await archive.bytes(path);
      expect({ path, sha256: sha256(bytes), size: bytes.length }).toEqual({ path, ...file });
    }
    for (const file of seed.files) {
      const path = `files/${file.code.replace(/\//g, '_')}/${file.revision}/${file.name}`;
      expect(sha256(await archive.bytes(path))).toBe(file.sha256);
    }
    // and the same sha256 as the installation stores for the agency's files
    const stored = await t.sql<{ sha256: string }>(
      'SELECT sha256 FROM document_files WHERE agency_id = $1 AND removed_at IS NULL',
      [w.agencyA],
    );
    const archived = archive.names.filter((n) => n.startsWith('files/'));
    expect(archived).toHaveLength(stored.length);
    const archivedHashes = await Promise.all(archived.map(async (n) => sha256(await archive.bytes(n))));
    expect(archivedHashes.sort()).toEqual(stored.map((s) => s.sha256).sort());
  });

  it('register.xlsx: one row per revision in force or superseded, in the archive format', async () => {
    const book = await openWorkbook(await archive.bytes('register.xlsx'));
    const sheet = book.getWorksheet('Danh mục tài liệu')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    // the archive format's columns, in its order (test/exports-roundtrip proves the import reads them)
    expect(header).toEqual(Object.values(REGISTER_HEADERS));
    expect(header).toEqual(expect.arrayContaining(['Mã tài liệu', 'Lần ban hành', 'Tệp', 'Trạng thái']));
    const rows: any[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    const byKey = new Map(rows.map((r) => [`${r[0]}#${r[4]}`, r]));
    expect(byKey.get('QT-01#1')).toEqual(
      expect.arrayContaining(['QT-01', 'PROCEDURE', 1, 'SUPERSEDED', 'files/QT-01/1/QT-01.pdf']),
    );
    const second = byKey.get('QT-01#2');
    expect(second[10]).toBe('EFFECTIVE');
    expect(String(second[7]).split(';').sort()).toEqual(
      ['files/QT-01/2/QT-01 lần 2.pdf', 'files/QT-01/2/Lưu đồ QT-01.docx', 'files/QT-01/2/QT-01.pdf'].sort(),
    );
    expect(second[6]).toBe('Người dùng a.approver');
    expect(second[5]).toBeInstanceOf(Date);
    expect(byKey.get('BM-01/QT-01#1')).toEqual(
      expect.arrayContaining(['BM-01/QT-01', 'FORM', 'QT-01', 'EFFECTIVE', 'files/BM-01_QT-01/1/BM-01.pdf']),
    );
    const [{ count }] = await t.sql<{ count: string }>(
      `SELECT count(*) FROM document_versions WHERE agency_id = $1 AND status IN ('EFFECTIVE', 'SUPERSEDED')`,
      [w.agencyA],
    );
    expect(rows).toHaveLength(Number(count));
  });

  it('history/documents.json keeps each revision approval history; the quality records as JSON and XLSX', async () => {
    const history = await archive.json<any[]>('history/documents.json');
    const second = history.find((h) => h.code === 'QT-01' && h.revision === 2);
    const actions = second.events.map((e: any) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['approvalRequest.submit', 'approvalStep.approve', 'approvalRequest.approved']),
    );
    expect(second.events.map((e: any) => e.actorName)).toContain('Người dùng a.approver');

    expect(await archive.json('capa/nonconformities.json')).toHaveLength(seed.nonconformityCount);
    expect(seed.nonconformityCount).toBe(1);
    expect(await archive.json('audits/findings.json')).toEqual([
      expect.objectContaining({ type: 'MAJOR_NC', clause: '8.5.1' }),
    ]);
    expect(await archive.json('audits/audits.json')).toHaveLength(1);
    expect(await archive.json('management-reviews/reviews.json')).toHaveLength(1);
    expect(await archive.json('declarations/declarations.json')).toEqual([]);
    const sheets = archive.names.filter((n) =>
      /^(audits|capa|management-reviews|declarations)\/.*\.xlsx$/.test(n),
    );
    expect(sheets).toEqual(expect.arrayContaining(['capa/nonconformities.xlsx', 'audits/findings.xlsx']));
    const ncBook = await openWorkbook(await archive.bytes('capa/nonconformities.xlsx'));
    expect(ncBook.worksheets[0].rowCount).toBe(2);
    const lists = await archive.json<any[]>('records/record-lists.json');
    expect(lists).toEqual([expect.objectContaining({ agencyId: w.agencyA, status: 'APPROVED' })]);
    expect(archive.names).toEqual(expect.arrayContaining(['records/ho-so.xlsx']));
    expect(archive.names.filter((n) => /^records\/danh-muc-ho-so-.*\.xlsx$/.test(n))).toHaveLength(1);
  });

  it('the audit trail of the agency, each entry verifying with the installation key, and the chain proof', async () => {
    const jsonl = (await archive.bytes('audit-trail/entries.jsonl')).toString('utf8');
    const verified = entriesVerify(jsonl, t.config.AUDIT_HMAC_KEY);
    const [{ count }] = await t.sql<{ count: string }>(
      'SELECT count(*) FROM audit_trail WHERE agency_id = $1 AND id <= (SELECT max(id) FROM audit_trail WHERE subject_id = $2 AND action = $3)',
      [w.agencyA, exported.id, 'start'],
    );
    expect(verified).toEqual({ ok: true, checked: expect.any(Number) });
    expect(verified.checked).toBeGreaterThanOrEqual(Number(count));
    const proof = await archive.json('audit-trail/proof.json');
    expect(proof).toMatchObject({
      algorithm: 'hmac-sha256',
      agencyEntries: { count: verified.checked },
      verificationAtExport: { ok: true },
      checkpoint: { lastId: expect.any(String), mac: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    // a tampered entry no longer verifies
    const tampered = jsonl.replace('"action":"create"', '"action":"delete"');
    expect(entriesVerify(tampered, t.config.AUDIT_HMAC_KEY).ok).toBe(false);
  });

  it('who may: oversight of the province downloads; the agency other roles 403; another agency or province 404', async () => {
    const viaOversight = await downloadExport(oversight, exported.id);
    expect(viaOversight.status).toBe(200);
    expect(sha256(viaOversight.body as Buffer)).toBe(exported.sha256);
    await ok(oversight.get(`/api/v1/agencies/${w.agencyA}/exports`));
    expectError(await oversight.post(`/api/v1/agencies/${w.agencyA}/exports`), 403, 'FORBIDDEN');
    for (const member of [staff, secretary]) {
      expectError(await member.post(`/api/v1/agencies/${w.agencyA}/exports`), 403, 'FORBIDDEN');
      expectError(await member.get(`/api/v1/exports/${exported.id}`), 403, 'FORBIDDEN');
      expectError(await downloadExport(member, exported.id), 403, 'FORBIDDEN');
    }
    for (const stranger of [otherAdmin, otherOversight]) {
      expectError(await stranger.post(`/api/v1/agencies/${w.agencyA}/exports`), 404, 'NOT_FOUND');
      expectError(await stranger.get(`/api/v1/agencies/${w.agencyA}/exports`), 404, 'NOT_FOUND');
      expectError(await stranger.get(`/api/v1/exports/${exported.id}`), 404, 'NOT_FOUND');
      expectError(await downloadExport(stranger, exported.id), 404, 'NOT_FOUND');
    }
    // another agency's admin exports their own agency only
    const own = await ok(otherAdmin.post(`/api/v1/agencies/${w.agencyB}/exports`), 202);
    expectError(await agencyAdmin.get(`/api/v1/exports/${own.id}`), 404, 'NOT_FOUND');
    expect((await ok(agencyAdmin.get(`/api/v1/agencies/${w.agencyA}/exports`))).total).toBe(1);
    // the system administrator may ask for any agency's
    await ok(admin.post(`/api/v1/agencies/${w.agencyA}/exports`), 202);
    expectError(
      await admin.post(`/api/v1/agencies/00000000-0000-4000-8000-000000000000/exports`),
      404,
      'NOT_FOUND',
    );
    const downloads = await t.sql<{ actor_id: string }>(
      `SELECT actor_id FROM audit_trail WHERE subject_type = 'agencyExport' AND subject_id = $1 AND action = 'download'`,
      [exported.id],
    );
    expect(downloads.map((d) => d.actor_id)).toEqual([
      w.users['a.agency_admin'].id,
      w.users['p1.oversight'].id,
    ]);
  });

  it('a re-run after a crash writes one archive; a finished export is not written again', async () => {
    const job = worker.get(AgencyArchiveJob);
    const storage = t.app.get(ObjectStorage);
    // a completed export run again changes nothing
    await job.run(exported.id, false);
    expect((await ok(agencyAdmin.get(`/api/v1/exports/${exported.id}`))).sha256).toBe(exported.sha256);
    // an export left RUNNING by a worker that died, with half an archive at its key
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO agency_exports (agency_id, status, requested_by, attempts, started_at)
       VALUES ($1, 'RUNNING', $2, 1, now()) RETURNING id`,
      [w.agencyA, w.users['a.agency_admin'].id],
    );
    const key = `exports/${w.agencyA}/${row.id}.zip`;
    await storage.put(key, Buffer.from('PK half an archive'), 'application/zip');
    await job.run(row.id, false);
    const done = await ok(agencyAdmin.get(`/api/v1/exports/${row.id}`));
    expect(done).toMatchObject({ status: 'COMPLETED' });
    const objects = (await storage.list(`exports/${w.agencyA}/`)).map((o) => o.key);
    expect(objects.filter((k) => k === key)).toHaveLength(1);
    const body = (await downloadExport(agencyAdmin, row.id)).body as Buffer;
    expect(sha256(body)).toBe(done.sha256);
    expect((await openZip(body)).names).toContain('register.xlsx');
  });

  it('expires: EXPIRED at once when its time has passed, the sweep removes the object and keeps the row', async () => {
    await t.sql(`UPDATE agency_exports SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      exported.id,
    ]);
    expect(await ok(agencyAdmin.get(`/api/v1/exports/${exported.id}`))).toMatchObject({ status: 'EXPIRED' });
    expectError(await downloadExport(agencyAdmin, exported.id), 409, 'AGENCY_EXPORT_IS_EXPIRED');
    const [before] = await t.sql<{ object_key: string }>(
      'SELECT object_key FROM agency_exports WHERE id = $1',
      [exported.id],
    );
    await worker.get(AgencyArchiveJob).sweep();
    const [after] = await t.sql<{ status: string; object_key: string | null; sha256: string }>(
      'SELECT status, object_key, sha256 FROM agency_exports WHERE id = $1',
      [exported.id],
    );
    expect(after).toEqual({ status: 'EXPIRED', object_key: null, sha256: exported.sha256 });
    expect(await t.app.get(ObjectStorage).stat(before.object_key)).toBeUndefined();
    expectError(await downloadExport(oversight, exported.id), 409, 'AGENCY_EXPORT_IS_EXPIRED');
    const [expiry] = await t.sql<{ from_state: string; to_state: string }>(
      `SELECT from_state, to_state FROM audit_trail WHERE subject_id = $1 AND action = 'expire'`,
      [exported.id],
    );
    expect(expiry).toEqual({ from_state: 'COMPLETED', to_state: 'EXPIRED' });
  });

  it('a stored file that no longer matches its sha256 fails the export, naming it; nothing is left to download', async () => {
    const drafter = client(t, w.users['b.drafter'].token);
    const document = await ok(
      drafter.post('/api/v1/documents', {
        agencyId: w.agencyB,
        code: 'HD-09',
        title: 'Hướng dẫn',
        type: 'GUIDE',
      }),
      201,
    );
    const file = await ok(
      drafter.upload(document.id, document.draftVersion.id, PDF('HD-09'), 'HD-09.pdf'),
      201,
    );
    const [{ storage_key: key }] = await t.sql<{ storage_key: string }>(
      'SELECT storage_key FROM document_files WHERE id = $1',
      [file.id],
    );
    await t.app.get(ObjectStorage).put(key, PDF('HD-09 bị sửa ngoài hệ thống'), 'application/pdf');
    const bAdmin = client(t, w.users['b.agency_admin'].token);
    const created = await ok(bAdmin.post(`/api/v1/agencies/${w.agencyB}/exports`), 202);
    const failed = await finishedExport(bAdmin, created.id);
    expect(failed).toMatchObject({ status: 'FAILED', sha256: null, size: null });
    expect(failed.error).toContain('AGENCY_EXPORT_FILE_CHANGED');
    expect(failed.error).toContain('HD-09');
    expectError(await downloadExport(bAdmin, created.id), 409, 'AGENCY_EXPORT_IS_FAILED');
    expect(await t.app.get(ObjectStorage).stat(`exports/${w.agencyB}/${created.id}.zip`)).toBeUndefined();
  });
});
