import { INestApplicationContext } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { parseCsv, RequestContext, Role } from '@app/platform';
import { AgenciesService, AgencyLevel, QualitySystemsService } from '@app/organization';
import { UsersService } from '@app/identity';

/** data/kon-tum-agencies.csv of the repository, found from the source tree and from dist/ alike. */
export function konTumCsvPath(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'kon-tum-agencies.csv');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('data/kon-tum-agencies.csv not found');
}
export const PROVINCE_CODE = 'KONTUM';

const LEVEL_OF_TIER: Record<string, AgencyLevel> = {
  'provincial-department': 'DEPARTMENT',
  branch: 'BRANCH',
  district: 'DISTRICT',
  commune: 'COMMUNE',
};

/** Demo users: one per role in a department, a commune, and the provincial oversight (Sở KH&CN). */
const DEMO_USERS: { username: string; fullName: string; agencyNo: number | 'province'; roles: Role[] }[] = [
  { username: 'skhcn.giamsat', fullName: 'Trần Thị Giám Sát', agencyNo: 'province', roles: ['OVERSIGHT'] },
  { username: 'stp.quantri', fullName: 'Lê Văn Quản Trị', agencyNo: 3, roles: ['AGENCY_ADMIN'] },
  { username: 'stp.thuky', fullName: 'Nguyễn Thị Thư Ký', agencyNo: 3, roles: ['ISO_SECRETARY'] },
  { username: 'stp.soanthao', fullName: 'Phạm Văn Soạn Thảo', agencyNo: 3, roles: ['DRAFTER', 'STAFF'] },
  { username: 'stp.xemxet', fullName: 'Hoàng Thị Xem Xét', agencyNo: 3, roles: ['REVIEWER', 'STAFF'] },
  { username: 'stp.pheduyet', fullName: 'Đặng Văn Phê Duyệt', agencyNo: 3, roles: ['APPROVER'] },
  { username: 'stp.danhgia', fullName: 'Vũ Thị Đánh Giá', agencyNo: 3, roles: ['INTERNAL_AUDITOR', 'STAFF'] },
  { username: 'stp.nhanvien', fullName: 'Bùi Văn Nhân Viên', agencyNo: 3, roles: ['STAFF'] },
  { username: 'qt.thuky', fullName: 'Y Thị Thư Ký', agencyNo: 46, roles: ['ISO_SECRETARY', 'AGENCY_ADMIN'] },
  { username: 'qt.pheduyet', fullName: 'A Văn Phê Duyệt', agencyNo: 46, roles: ['APPROVER'] },
  { username: 'qt.nhanvien', fullName: 'Rơ Châm Nhân Viên', agencyNo: 46, roles: ['STAFF', 'DRAFTER'] },
];

/** The department whose records the demo shows (Sở Tư pháp: its ISO secretary drafts, its head approves). */
export const SEED_RECORDS_DEPARTMENT = {
  agencyNo: 3,
  secretaryUsername: 'stp.thuky',
  approverUsername: 'stp.pheduyet',
};

export interface SeedResult {
  provinceId: string;
  agencyIdsByNo: Map<number, string>;
  created: { agencies: number; qualitySystems: number; users: number };
}

export function agencyCode(no: number): string {
  return `KT-${String(no).padStart(3, '0')}`;
}

/**
 * The 147 agencies of Kon Tum's e-ISO plan as a tree under the province (departments,
 * branches and districts under it, communes under their district), a QMS per agency and the
 * demo users. Safe to run again: what exists (by code or username) is left as it is.
 */
export async function seedKonTum(
  app: INestApplicationContext,
  options: { csvPath?: string; password: string },
): Promise<SeedResult> {
  const ctx = RequestContext.system('seed');
  const agencies = app.get(AgenciesService);
  const qualitySystems = app.get(QualitySystemsService);
  const users = app.get(UsersService);
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const created = { agencies: 0, qualitySystems: 0, users: 0 };

  const idByCode = async (code: string): Promise<string | undefined> =>
    (await dataSource.query<{ id: string }[]>('SELECT id FROM agencies WHERE code = $1', [code]))[0]?.id;
  const ensureAgency = async (
    code: string,
    name: string,
    level: AgencyLevel,
    parentId: string | null,
  ): Promise<string> => {
    const existing = await idByCode(code);
    if (existing) return existing;
    created.agencies += 1;
    return (await agencies.create(ctx, { code, name, level, parentId })).id;
  };
  const ensureQms = async (agencyId: string, name: string): Promise<void> => {
    const has = await dataSource.query('SELECT 1 FROM quality_system_agencies WHERE agency_id = $1', [
      agencyId,
    ]);
    if (has.length > 0) return;
    created.qualitySystems += 1;
    await qualitySystems.create(ctx, {
      name: `HTQLCL ${name}`,
      scope: `Các thủ tục hành chính và hoạt động nội bộ thuộc thẩm quyền của ${name}`,
      leadAgencyId: agencyId,
    });
  };

  const rows = parseCsv(readFileSync(options.csvPath ?? konTumCsvPath(), 'utf8')).records.map(
    (r) => r.values,
  );
  const provinceId = await ensureAgency(PROVINCE_CODE, 'Ủy ban nhân dân tỉnh Kon Tum', 'PROVINCE', null);
  const agencyIdsByNo = new Map<number, string>();
  const districtIdByName = new Map<string, string>();

  // districts first, so communes can be placed under them
  const ordered = [...rows].sort((a, b) => Number(a.tier === 'commune') - Number(b.tier === 'commune'));
  for (const row of ordered) {
    const no = Number(row.no);
    const level = LEVEL_OF_TIER[row.tier] ?? 'OTHER';
    let parentId = provinceId;
    if (level === 'COMMUNE') {
      parentId = districtIdByName.get(row.district.toLowerCase()) ?? provinceId;
    }
    const id = await ensureAgency(agencyCode(no), row.name, level, parentId);
    agencyIdsByNo.set(no, id);
    if (level === 'DISTRICT')
      districtIdByName.set(row.name.replace(/^Ủy ban nhân dân\s+/i, '').toLowerCase(), id);
    await ensureQms(id, row.name);
  }

  for (const demo of DEMO_USERS) {
    const exists = await dataSource.query('SELECT 1 FROM users WHERE username = $1', [demo.username]);
    if (exists.length > 0) continue;
    const agencyId = demo.agencyNo === 'province' ? provinceId : agencyIdsByNo.get(demo.agencyNo);
    if (!agencyId) continue;
    created.users += 1;
    await users.create(ctx, {
      username: demo.username,
      password: options.password,
      fullName: demo.fullName,
      email: `${demo.username}@kontum.gov.vn`,
      memberships: [{ agencyId, roles: demo.roles }],
    });
  }
  return { provinceId, agencyIdsByNo, created };
}
