import { EntityManager } from 'typeorm';
import { DomainError, Role } from '@app/platform';

/*
 * Read-only look-ups over organization's tables (agencies, quality systems, memberships) for the
 * other libs, which never query those tables themselves (scripts/check-table-ownership.js).
 * Plain functions over the caller's manager, so they run inside the caller's transaction.
 * No access check: callers check that the reader may see the ids they pass.
 */

/** The agency exists and is ACTIVE (not merged into another): records are only created in active agencies. */
export async function assertAgencyActive(manager: EntityManager, agencyId: string): Promise<void> {
  const rows = await manager.query<{ status: string }[]>('SELECT status FROM agencies WHERE id = $1', [
    agencyId,
  ]);
  if (rows.length === 0) throw DomainError.notFound('agency');
  if (rows[0].status === 'DISSOLVED') throw new DomainError('AGENCY_DISSOLVED');
  if (rows[0].status !== 'ACTIVE') throw new DomainError('AGENCY_MERGED');
}

/**
 * Does the caller manage (AGENCY_ADMIN or ISO_SECRETARY of) the lead agency of the QMS covering
 * the agency? The lead agency's managers keep the QMS of its branches (their TTHC catalogue too).
 */
export async function managesThroughQualitySystem(
  manager: EntityManager,
  ctx: { hasRole(agencyId: string, ...roles: Role[]): boolean },
  agencyId: string,
): Promise<boolean> {
  const [row] = await manager.query<{ lead_agency_id: string }[]>(
    `SELECT q.lead_agency_id FROM quality_system_agencies m JOIN quality_systems q ON q.id = m.quality_system_id
      WHERE m.agency_id = $1`,
    [agencyId],
  );
  return !!row && ctx.hasRole(row.lead_agency_id, 'AGENCY_ADMIN', 'ISO_SECRETARY');
}

export interface AgencySummary {
  id: string;
  code: string;
  name: string;
  level: string;
  status: string;
}

/** The agency (whatever its status), or null. */
export async function findAgency(manager: EntityManager, agencyId: string): Promise<AgencySummary | null> {
  const [row] = await manager.query<AgencySummary[]>(
    'SELECT id, code, name, level, status FROM agencies WHERE id = $1',
    [agencyId],
  );
  return row ?? null;
}

/** The agency and its ancestors, nearest first (at most 50 levels). */
export async function agencyChain(
  manager: EntityManager,
  agencyId: string,
): Promise<{ id: string; level: string }[]> {
  return manager.query<{ id: string; level: string }[]>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, level, 0 AS depth FROM agencies WHERE id = $1
       UNION ALL SELECT a.id, a.parent_id, a.level, up.depth + 1 FROM agencies a JOIN up ON a.id = up.parent_id
        WHERE up.depth < 50)
     SELECT id, level FROM up ORDER BY depth`,
    [agencyId],
  );
}

export interface AgencyUnder {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  qualitySystemId: string | null;
}

/** Active agencies at and below the root, with their level and QMS, ordered by code. */
export async function agenciesUnder(manager: EntityManager, rootId: string): Promise<AgencyUnder[]> {
  const rows = await manager.query<
    {
      id: string;
      code: string;
      name: string;
      level: string;
      parent_id: string | null;
      quality_system_id: string | null;
    }[]
  >(
    `WITH RECURSIVE sub AS (
       SELECT id FROM agencies WHERE id = $1
       UNION SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id)
     SELECT a.id, a.code, a.name, a.level, a.parent_id, m.quality_system_id
       FROM sub JOIN agencies a ON a.id = sub.id
       LEFT JOIN quality_system_agencies m ON m.agency_id = a.id
      WHERE a.status = 'ACTIVE'
      ORDER BY a.code`,
    [rootId],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    parentId: r.parent_id,
    qualitySystemId: r.quality_system_id,
  }));
}

/** The QMS covering the agency (an agency belongs to at most one), or null. */
export async function qualitySystemOfAgency(
  manager: EntityManager,
  agencyId: string,
): Promise<{ id: string; name: string; status: string } | null> {
  const [row] = await manager.query<{ id: string; name: string; status: string }[]>(
    `SELECT q.id, q.name, q.status FROM quality_system_agencies m JOIN quality_systems q ON q.id = m.quality_system_id
      WHERE m.agency_id = $1`,
    [agencyId],
  );
  return row ?? null;
}

/** The agencies a QMS covers, ordered by id. */
export async function agencyIdsOfQualitySystem(
  manager: EntityManager,
  qualitySystemId: string,
): Promise<string[]> {
  const rows = await manager.query<{ agency_id: string }[]>(
    'SELECT agency_id FROM quality_system_agencies WHERE quality_system_id = $1 ORDER BY agency_id',
    [qualitySystemId],
  );
  return rows.map((r) => r.agency_id);
}

/** Whether the user's membership of the agency holds the role. */
export async function holdsRole(
  manager: EntityManager,
  userId: string,
  agencyId: string,
  role: Role,
): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    'SELECT 1 FROM memberships WHERE user_id = $1 AND agency_id = $2 AND $3 = ANY(roles)',
    [userId, agencyId, role],
  );
  return rows.length > 0;
}

/**
 * Quality systems being applied (APPLYING or DECLARED), whose yearly audit and review are due:
 * one still being built owes neither yet, and a suspended one is not in force.
 */
export async function qualitySystemsInForce(
  manager: EntityManager,
): Promise<{ id: string; name: string; leadAgencyId: string }[]> {
  const rows = await manager.query<{ id: string; name: string; lead_agency_id: string }[]>(
    "SELECT id, name, lead_agency_id FROM quality_systems WHERE status IN ('APPLYING', 'DECLARED') ORDER BY id",
  );
  return rows.map((r) => ({ id: r.id, name: r.name, leadAgencyId: r.lead_agency_id }));
}

/** Active agencies covered by a QMS, whose annual report is due. */
export async function activeAgencyIdsUnderQms(manager: EntityManager): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT a.id FROM agencies a
      WHERE a.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM quality_system_agencies qa WHERE qa.agency_id = a.id)
      ORDER BY a.id`,
  );
  return rows.map((r) => r.id);
}

/** The id of the QMS covering the agency, or 409 AGENCY_HAS_NO_QMS. */
export async function requireQualitySystemOf(manager: EntityManager, agencyId: string): Promise<string> {
  const qms = await qualitySystemOfAgency(manager, agencyId);
  if (!qms) throw new DomainError('AGENCY_HAS_NO_QMS');
  return qms.id;
}

export interface QualitySystemWithAgencies {
  id: string;
  name: string;
  status: string;
  leadAgencyId: string;
  agencyIds: string[];
}

/**
 * The QMS and its agencies, or 404. With `lock`, the QMS row is locked for the caller's
 * transaction, so a change of scope and whatever depends on it run one after the other.
 */
export async function loadQualitySystem(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<QualitySystemWithAgencies> {
  const [row] = await manager.query<{ id: string; name: string; status: string; lead_agency_id: string }[]>(
    `SELECT id, name, status, lead_agency_id FROM quality_systems WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw DomainError.notFound('qualitySystem');
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    leadAgencyId: row.lead_agency_id,
    agencyIds: await agencyIdsOfQualitySystem(manager, id),
  };
}
