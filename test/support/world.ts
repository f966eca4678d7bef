import { Role } from '../../libs/platform/src';
import { ADMIN, TestApp } from './harness';
import { qualifyAuditors } from './qms';

export const PASSWORD = 'Passw0rd!x';

export interface WorldUser {
  id: string;
  username: string;
  token: string;
}

export interface World {
  adminToken: string;
  provinceId: string;
  otherProvinceId: string;
  /** Two agencies under the province, and one under the other province. */
  agencyA: string;
  agencyB: string;
  agencyC: string;
  qmsA: string;
  qmsB: string;
  qmsC: string;
  users: Record<string, WorldUser>;
}

const AGENCY_ROLES: Role[] = [
  'AGENCY_ADMIN',
  'ISO_SECRETARY',
  'DRAFTER',
  'REVIEWER',
  'APPROVER',
  'INTERNAL_AUDITOR',
  'STAFF',
];

/**
 * Two provinces; agencies A and B under the first, C under the second; a QMS each; in A and B
 * one user per agency role (`a.staff`, `b.iso_secretary`, …), and an OVERSIGHT user per province.
 */
export async function buildWorld(t: TestApp, prefix = ''): Promise<World> {
  const adminToken = await t.login(ADMIN.username, ADMIN.password);
  const post = async (path: string, body: unknown) => {
    const response = await t
      .http()
      .post(path)
      .set('Authorization', `Bearer ${adminToken}`)
      .send(body as object);
    if (response.status !== 201)
      throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string };
  };
  const agency = (code: string, name: string, level: string, parentId?: string) =>
    post('/api/v1/agencies', { code: `${prefix}${code}`, name, level, parentId }).then((a) => a.id);
  const provinceId = await agency('P1', 'Tỉnh Một', 'PROVINCE');
  const otherProvinceId = await agency('P2', 'Tỉnh Hai', 'PROVINCE');
  const agencyA = await agency('A', 'Sở Tư pháp', 'DEPARTMENT', provinceId);
  const agencyB = await agency('B', 'Sở Nội vụ', 'DEPARTMENT', provinceId);
  const agencyC = await agency('C', 'Sở Tài chính tỉnh Hai', 'DEPARTMENT', otherProvinceId);
  const qms = (agencyId: string, name: string) =>
    post('/api/v1/quality-systems', { name, scope: `Phạm vi ${name}`, leadAgencyId: agencyId }).then(
      (q) => q.id,
    );
  const [qmsA, qmsB, qmsC] = [
    await qms(agencyA, 'HTQLCL A'),
    await qms(agencyB, 'HTQLCL B'),
    await qms(agencyC, 'HTQLCL C'),
  ];

  const users: Record<string, WorldUser> = {};
  const user = async (key: string, memberships: { agencyId: string; roles: Role[] }[]) => {
    const username = `${prefix}${key}`.toLowerCase();
    const created = await post('/api/v1/users', {
      username,
      password: PASSWORD,
      fullName: `Người dùng ${key}`,
      memberships,
    });
    await qualifyAuditors(t, created.id, memberships);
    users[key] = { id: created.id, username, token: await t.login(username, PASSWORD) };
  };
  for (const [letter, agencyId] of [
    ['a', agencyA],
    ['b', agencyB],
  ] as const) {
    for (const role of AGENCY_ROLES)
      await user(`${letter}.${role.toLowerCase()}`, [{ agencyId, roles: [role] }]);
  }
  await user('p1.oversight', [{ agencyId: provinceId, roles: ['OVERSIGHT'] }]);
  await user('p2.oversight', [{ agencyId: otherProvinceId, roles: ['OVERSIGHT'] }]);
  return { adminToken, provinceId, otherProvinceId, agencyA, agencyB, agencyC, qmsA, qmsB, qmsC, users };
}
