import { contentPairsLiteral } from '@app/documents';
import { agencyIds, USER_CONTEXT_SQL } from '@app/reporting';
import { startTestApp, TestApp } from './support/harness';
import { client, Client } from './support/documents';
import { createUser, effectiveDocument } from './support/approvals';
import { buildWorld, World } from './support/world';

interface Listed {
  items: { code: string; agencyId: string }[];
  total: number;
}

/**
 * An overseer of a province with many agencies searches its region's partition of
 * document_search_keys (migration 1795250000000) rather than testing every key of the province:
 * those rows must follow titles, codes, statuses and agencies that move to another province.
 */
describe('province-wide register search through the region’s search keys', () => {
  let t: TestApp;
  let w: World;
  let p1: Client, p2: Client, admin: Client;
  let people: { drafter: Client; secretary: Client; approver: Client };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    p1 = client(t, w.users['p1.oversight'].token);
    p2 = client(t, w.users['p2.oversight'].token);
    // more agencies in each province than a key scan serves (KEY_SCAN_AGENCIES)
    for (const [province, prefix] of [
      [w.provinceId, 'X'],
      [w.otherProvinceId, 'Y'],
    ]) {
      for (let i = 0; i < 21; i += 1) {
        await admin
          .post('/api/v1/agencies', {
            code: `${prefix}${i}`,
            name: `Xã ${prefix}${i}`,
            level: 'COMMUNE',
            parentId: province,
          })
          .expect(201);
      }
    }
    people = {
      drafter: client(t, w.users['b.drafter'].token),
      secretary: client(t, w.users['b.iso_secretary'].token),
      approver: client(t, w.users['b.approver'].token),
    };
    await effectiveDocument(people, w.agencyB, 'QT-07', { title: 'Quy trình cấp giấy phép xây dựng' });
    await effectiveDocument(
      {
        drafter: client(t, w.users['a.drafter'].token),
        secretary: client(t, w.users['a.iso_secretary'].token),
        approver: client(t, w.users['a.approver'].token),
      },
      w.agencyA,
      'QT-08',
      { title: 'Quy trình cấp giấy phép kinh doanh' },
    );
  });
  afterAll(() => t.close());

  const codes = async (c: Client, text: string): Promise<string[]> => {
    const body = (await c.get(`/api/v1/documents?q=${encodeURIComponent(text)}`).expect(200)).body as Listed;
    expect(body.total).toBe(body.items.length);
    return body.items.map((d) => d.code).sort();
  };

  const inTexts = async (c: Client, text: string): Promise<string[]> => {
    const body = (await c.get(`/api/v1/documents?searchIn=content&q=${encodeURIComponent(text)}`).expect(200))
      .body as Listed;
    return body.items.map((d) => d.code).sort();
  };

  /** The regions a province-wide search reads for these agencies (kept on their rows). */
  const regionsOf = async (ids: string[]): Promise<string[]> =>
    (await t.sql<{ regions: string[] }>('SELECT agency_regions($1::uuid[]) AS regions', [ids]))[0].regions;

  it('finds the province’s published documents, diacritics-insensitively, and no other province’s', async () => {
    expect(await codes(p1, 'giay phep')).toEqual(['QT-07', 'QT-08']);
    expect(await codes(p1, 'Giấy phép xây dựng')).toEqual(['QT-07']);
    expect(await codes(p1, 'qt-08')).toEqual(['QT-08']);
    // inside a word, and words under three letters (no trigram: the key scan answers)
    expect(await codes(p1, 'iay phe')).toEqual(['QT-07', 'QT-08']);
    expect(await codes(p1, 'qt')).toEqual(['QT-07', 'QT-08']);
    expect(await codes(p2, 'giay phep')).toEqual([]);
    // a page past the end still counts the matches; a type filter and a sort are applied to them
    const past = (await p1.get('/api/v1/documents?q=giay%20phep&page=3&pageSize=1').expect(200))
      .body as Listed;
    expect(past).toMatchObject({ items: [], total: 2 });
    const sorted = (await p1.get('/api/v1/documents?q=giay%20phep&type=PROCEDURE&sort=-code').expect(200))
      .body as Listed;
    expect(sorted.items.map((d) => d.code)).toEqual(['QT-08', 'QT-07']);
  });

  it('is answered from the region’s search keys: a document without its row is not found province-wide', async () => {
    const [row] = await t.sql<{
      id: string;
      region: string;
      agency_id: string;
      status: string;
      search_key: string;
    }>(
      `SELECT k.document_id AS id, k.region, k.agency_id, k.status, k.search_key
         FROM document_search_keys k JOIN documents d ON d.id = k.document_id
        WHERE d.agency_id = $1 AND d.code = 'QT-08'`,
      [w.agencyA],
    );
    // the row names the document's province, agency, status and key (code and title, unaccented)
    expect(row).toMatchObject({
      region: w.provinceId.slice(0, 8),
      agency_id: w.agencyA,
      status: 'EFFECTIVE',
      search_key: 'qt-08 quy trinh cap giay phep kinh doanh',
    });
    // the row as if it had never been written: the province-wide search reads nothing else
    await t.sql('DELETE FROM document_search_keys WHERE document_id = $1', [row.id]);
    try {
      expect(await codes(p1, 'giay phep')).toEqual(['QT-07']);
      // the agency's own search tests its keys on documents and still finds it
      const own = client(t, w.users['a.staff'].token);
      const body = (await own.get(`/api/v1/documents?agencyId=${w.agencyA}&q=giay%20phep`).expect(200))
        .body as Listed;
      expect(body.items.map((d) => d.code)).toEqual(['QT-08']);
    } finally {
      // any change of a searched column writes the row again
      await t.sql("UPDATE documents SET updated_at = updated_at + interval '1 millisecond' WHERE id = $1", [
        row.id,
      ]);
    }
    expect(await codes(p1, 'giay phep')).toEqual(['QT-07', 'QT-08']);
  });

  it('follows a document’s status: a document back in draft is not found by the province', async () => {
    const [row] = await t.sql<{ id: string }>(
      "SELECT id FROM documents WHERE agency_id = $1 AND code = 'QT-08'",
      [w.agencyA],
    );
    await t.sql("UPDATE documents SET status = 'DRAFT' WHERE id = $1", [row.id]);
    try {
      expect(await codes(p1, 'giay phep')).toEqual(['QT-07']);
      const [key] = await t.sql<{ status: string }>(
        'SELECT status FROM document_search_keys WHERE document_id = $1',
        [row.id],
      );
      expect(key.status).toBe('DRAFT');
    } finally {
      await t.sql("UPDATE documents SET status = 'EFFECTIVE' WHERE id = $1", [row.id]);
    }
    expect(await codes(p1, 'giay phep')).toEqual(['QT-07', 'QT-08']);
  });

  it('follows a changed title', async () => {
    await t.sql(
      "UPDATE documents SET title = 'Quy trình cấp phép khai thác nước' WHERE agency_id = $1 AND code = 'QT-08'",
      [w.agencyA],
    );
    expect(await codes(p1, 'khai thac nuoc')).toEqual(['QT-08']);
    expect(await codes(p1, 'giay phep')).toEqual(['QT-07']);
  });

  it('follows an agency that moves to another province', async () => {
    // the text of its issued file too (written as the worker's job would): content search reads
    // the texts of a province's region
    await t.sql(
      `INSERT INTO file_texts (file_id, agency_id, status, text, pairs)
       SELECT f.id, f.agency_id, 'EXTRACTED', 'tham dinh ho so xay dung', $2
         FROM document_files f JOIN documents d ON d.id = f.document_id WHERE d.agency_id = $1 AND d.code = 'QT-07'`,
      [w.agencyB, contentPairsLiteral('tham dinh ho so xay dung')],
    );
    expect(await inTexts(p1, 'tham dinh ho so')).toEqual(['QT-07']);
    await admin.patch(`/api/v1/agencies/${w.agencyB}`, { parentId: w.otherProvinceId }).expect(200);
    expect(await codes(p2, 'giay phep xay dung')).toEqual(['QT-07']);
    expect(await codes(p1, 'giay phep xay dung')).toEqual([]);
    expect(await inTexts(p2, 'tham dinh ho so')).toEqual(['QT-07']);
    expect(await inTexts(p1, 'tham dinh ho so')).toEqual([]);
    const texts = await t.sql<{ region: string }>('SELECT region FROM file_texts WHERE agency_id = $1', [
      w.agencyB,
    ]);
    expect(texts.map((text) => text.region)).toEqual([w.otherProvinceId.slice(0, 8)]);
    // the document's search row moved to the new province's region (and no copy stayed behind)
    const keys = await t.sql<{ region: string }>(
      "SELECT k.region FROM document_search_keys k JOIN documents d ON d.id = k.document_id WHERE d.agency_id = $1 AND d.code = 'QT-07'",
      [w.agencyB],
    );
    expect(keys.map((k) => k.region)).toEqual([w.otherProvinceId.slice(0, 8)]);
    // the regions a search reads for the agency moved with it
    expect(await regionsOf([w.agencyB])).toEqual([w.otherProvinceId.slice(0, 8)]);
  });

  it('gives a new agency the region of the province above it, and every agency under a moved one its new region', async () => {
    const [x0] = await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'X0'");
    expect(await regionsOf([x0.id])).toEqual([w.provinceId.slice(0, 8)]);
    // a unit under the commune, then the commune moves with it to the other province
    const unit = (
      await admin
        .post('/api/v1/agencies', {
          code: 'X0-1',
          name: 'Bộ phận một cửa X0',
          level: 'OTHER',
          parentId: x0.id,
        })
        .expect(201)
    ).body as { id: string };
    expect(await regionsOf([unit.id])).toEqual([w.provinceId.slice(0, 8)]);
    await admin.patch(`/api/v1/agencies/${x0.id}`, { parentId: w.otherProvinceId }).expect(200);
    expect(await regionsOf([x0.id, unit.id])).toEqual([w.otherProvinceId.slice(0, 8)]);
    expect(await regionsOf([x0.id, unit.id, w.agencyA]).then((r) => r.sort())).toEqual(
      [w.provinceId.slice(0, 8), w.otherProvinceId.slice(0, 8)].sort(),
    );
  });

  it('reads the regions of the agencies sharing a quality system with the caller’s', async () => {
    // agency C, in the other province, issues a procedure
    const inC = Object.fromEntries(
      await Promise.all(
        (['DRAFTER', 'ISO_SECRETARY', 'APPROVER'] as const).map(async (role) => [
          role,
          (
            await createUser(t, w.adminToken, `c.${role.toLowerCase()}`, [
              { agencyId: w.agencyC, roles: [role] },
            ])
          ).client,
        ]),
      ),
    ) as Record<'DRAFTER' | 'ISO_SECRETARY' | 'APPROVER', Client>;
    await effectiveDocument(
      { drafter: inC.DRAFTER, secretary: inC.ISO_SECRETARY, approver: inC.APPROVER },
      w.agencyC,
      'QT-C1',
      { title: 'Quy trình cấp giấy phép lái xe' },
    );
    expect(await codes(p1, 'giay phep lai xe')).toEqual([]);
    // the first province's own agency joins C's quality system: its overseer now reads C's
    // published documents, in a region none of the agencies it oversees lies in
    await admin.patch(`/api/v1/quality-systems/${w.qmsC}`, { memberAgencyIds: [w.provinceId] }).expect(200);
    expect(await codes(p1, 'giay phep lai xe')).toEqual(['QT-C1']);
    expect(await inTexts(p1, 'giay phep lai xe')).toEqual([]);
    expect(await regionsOf([w.agencyC, w.provinceId]).then((r) => r.sort())).toEqual(
      [w.provinceId.slice(0, 8), w.otherProvinceId.slice(0, 8)].sort(),
    );
  });
  it('reads with the caller’s context the regions of every agency they read or share, merged ones included', async () => {
    // Y0, a commune of the other province, is merged into agency A: A's members read its history
    await t.sql("UPDATE agencies SET status = 'MERGED', merged_into_id = $1 WHERE code = 'Y0'", [w.agencyA]);
    const regionsRead = new Map<string, string[]>();
    for (const username of ['p1.oversight', 'p2.oversight', 'a.drafter', 'b.drafter']) {
      const [row] = await t.sql<{
        memberships: { agencyId: string }[];
        oversight: string;
        former: string;
        shared: string;
        regions: string;
      }>(USER_CONTEXT_SQL, [w.users[username].id]);
      const agencies = [
        ...row.memberships.map((m) => m.agencyId),
        ...agencyIds(row.oversight),
        ...agencyIds(row.former),
        ...agencyIds(row.shared),
      ];
      // what a search would otherwise ask for, agency by agency
      regionsRead.set(username, agencyIds(row.regions).sort());
      expect({ username, regions: regionsRead.get(username) }).toEqual({
        username,
        regions: (await regionsOf(agencies)).sort(),
      });
    }
    expect(regionsRead.get('a.drafter')).toEqual(
      [w.provinceId.slice(0, 8), w.otherProvinceId.slice(0, 8)].sort(),
    );
  });
});
