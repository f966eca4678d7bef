import { EntityManager } from 'typeorm';
import { toBusinessDate } from '@app/platform';
import { AuditorQualification, internalAuditorQualifications } from './qms';
import { Role } from '@app/platform';

/*
 * Who is who: memberships (organization's table) joined with users (identity's table), and the
 * registers that list people by name. Read models, so they live here rather than in either lib
 * (organization sits below identity and cannot import it). No access check: callers scope the
 * ids they pass.
 */

export interface ActiveMembership {
  userId: string;
  agencyId: string;
  roles: Role[];
  fullName: string;
}

/** Memberships of active users in the given agencies. */
export async function activeMemberships(
  manager: EntityManager,
  userIds: string[],
  agencyIds: string[],
): Promise<ActiveMembership[]> {
  if (userIds.length === 0 || agencyIds.length === 0) return [];
  const rows = await manager.query<
    { user_id: string; agency_id: string; roles: Role[]; full_name: string }[]
  >(
    `SELECT m.user_id, m.agency_id, m.roles, u.full_name FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.user_id = ANY($1::uuid[]) AND m.agency_id = ANY($2::uuid[]) AND u.is_active`,
    [userIds, agencyIds],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    agencyId: r.agency_id,
    roles: r.roles,
    fullName: r.full_name,
  }));
}

/** Is the user an active member (any role) of the agency? */
export async function isActiveMember(
  manager: EntityManager,
  userId: string,
  agencyId: string,
): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.user_id = $1 AND m.agency_id = $2 AND u.is_active AND cardinality(m.roles) > 0`,
    [userId, agencyId],
  );
  return rows.length > 0;
}

/** Active users holding one of the roles in one of the agencies (who to remind or escalate to). */
export async function activeUserIdsWithRoles(
  manager: EntityManager,
  agencyIds: string[],
  roles: Role[],
): Promise<string[]> {
  if (agencyIds.length === 0 || roles.length === 0) return [];
  return userIdsOf(
    manager,
    `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.agency_id = ANY($1::uuid[]) AND m.roles && $2::text[] AND u.is_active
      ORDER BY m.user_id`,
    [agencyIds, roles],
  );
}

export interface AuditorRegisterRow {
  userId: string;
  fullName: string;
  /**
   * Qualified as an internal auditor: holds the INTERNAL_AUDITOR role here and a valid
   * internal-auditor training record (libs/qms, GET /training-records) on the day.
   */
  internalAuditor: boolean;
  /** The training record that qualifies them, with its expiry (null: none valid on the day). */
  qualification: {
    trainingRecordId: string;
    course: string;
    completedOn: string;
    expiresOn: string | null;
  } | null;
  /** The auditor's home unit in the agency; null until the ISO secretary registers it. */
  unit: string | null;
  updatedAt: Date | null;
  version: number | null;
}

/**
 * The agency's register of internal auditors (audits' auditor_units) by name: its active
 * INTERNAL_AUDITORs, and anyone else with a registered unit there; one page ordered by name.
 */
export async function auditorRegister(
  manager: EntityManager,
  agencyId: string,
  page: { direction: 'ASC' | 'DESC'; limit: number; offset: number },
  onDay: string = toBusinessDate(new Date()),
): Promise<{ total: number; rows: AuditorRegisterRow[] }> {
  const base = `
      FROM memberships m JOIN users u ON u.id = m.user_id
      LEFT JOIN auditor_units r ON r.agency_id = m.agency_id AND r.user_id = m.user_id
      WHERE m.agency_id = $1 AND u.is_active AND ('INTERNAL_AUDITOR' = ANY(m.roles) OR r.id IS NOT NULL)`;
  const [{ n }] = await manager.query<{ n: string }[]>(`SELECT count(*)::text AS n ${base}`, [agencyId]);
  const rows = await manager.query<
    {
      user_id: string;
      full_name: string;
      auditor: boolean;
      unit: string | null;
      updated_at: Date | null;
      version: number | null;
    }[]
  >(
    `SELECT m.user_id, u.full_name, 'INTERNAL_AUDITOR' = ANY(m.roles) AS auditor, r.unit, r.updated_at, r.version
       ${base} ORDER BY u.full_name ${page.direction === 'DESC' ? 'DESC' : 'ASC'}, m.user_id LIMIT $2 OFFSET $3`,
    [agencyId, page.limit, page.offset],
  );
  const trained = await internalAuditorQualifications(
    manager,
    rows.map((r) => r.user_id),
    onDay,
  );
  return {
    total: Number(n),
    rows: rows.map((r) => ({
      userId: r.user_id,
      fullName: r.full_name,
      internalAuditor: r.auditor && trained.has(r.user_id),
      qualification: auditorQualificationOf(trained.get(r.user_id)),
      unit: r.unit,
      updatedAt: r.updated_at,
      version: r.version,
    })),
  };
}

/** Who acknowledged (or has still to acknowledge) a document version (documents' table), by name. */
export async function acknowledgementsByName(
  manager: EntityManager,
  versionId: string,
): Promise<{ userId: string; fullName: string; acknowledgedAt: Date | null }[]> {
  const rows = await manager.query<{ user_id: string; full_name: string; acknowledged_at: Date | null }[]>(
    `SELECT a.user_id, u.full_name, a.acknowledged_at FROM acknowledgements a JOIN users u ON u.id = a.user_id
        WHERE a.version_id = $1 ORDER BY u.full_name, a.user_id`,
    [versionId],
  );
  return rows.map((r) => ({ userId: r.user_id, fullName: r.full_name, acknowledgedAt: r.acknowledged_at }));
}

/** Those of the users who are active members, with a role other than OVERSIGHT, of one of the agencies (readers of its documents). */
export async function activeReaderIds(
  manager: EntityManager,
  userIds: string[],
  agencyIds: string[],
): Promise<string[]> {
  if (userIds.length === 0 || agencyIds.length === 0) return [];
  return userIdsOf(
    manager,
    `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.user_id = ANY($1::uuid[]) AND m.agency_id = ANY($2::uuid[]) AND u.is_active
          AND EXISTS (SELECT 1 FROM unnest(m.roles) AS r(role) WHERE r.role <> 'OVERSIGHT')`,
    [userIds, agencyIds],
  );
}

/** The users a query selects (its `user_id` column). */
async function userIdsOf(manager: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rows = await manager.query<{ user_id: string }[]>(sql, params);
  return rows.map((r) => r.user_id);
}

/** The register's view of the training record that qualifies an internal auditor (null: none). */
export function auditorQualificationOf(
  found: AuditorQualification | undefined,
): AuditorRegisterRow['qualification'] {
  if (!found) return null;
  return {
    trainingRecordId: found.trainingRecordId,
    course: found.course,
    completedOn: found.completedOn,
    expiresOn: found.expiresOn,
  };
}
