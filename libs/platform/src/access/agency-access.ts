import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Transaction, UnitOfWork } from '../database/unit-of-work';
import { DomainError } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import type { Role } from '../context/roles';

/*
 * The checks every agency-owned resource repeats: a row the caller cannot read is a 404 (its
 * existence is not told), an action the caller's roles do not allow in a readable agency is a 403.
 */

/** 403 unless the caller holds one of the roles in the agency (callers already checked it is readable). */
export function assertRole(ctx: RequestContext, agencyId: string, roles: readonly Role[]): void {
  if (!ctx.isSystemAdmin && !ctx.hasRole(agencyId, ...roles)) throw DomainError.forbidden();
}

/** For creations naming an agency: 404 when the caller cannot read it, 403 when they may not act in it. */
export function assertMayActIn(
  ctx: RequestContext,
  agencyId: string,
  roles: readonly Role[],
  resource = 'agency',
): void {
  if (ctx.isSystemAdmin || ctx.hasRole(agencyId, ...roles)) return;
  if (!ctx.canRead(agencyId)) throw DomainError.notFound(resource);
  throw DomainError.forbidden();
}

/** 404 when the caller cannot read the agency (lists and reports asked for one agency). */
export function assertReadable(ctx: RequestContext, agencyId: string, resource = 'agency'): void {
  if (!ctx.canRead(agencyId)) throw DomainError.notFound(resource);
}

/** A row that belongs to an agency. */
export type AgencyRow = ObjectLiteral & { id: string; agencyId: string };

/** The row by id when the caller reads its agency; 404 naming `resource` otherwise. */
export async function findReadable<E extends AgencyRow>(
  manager: EntityManager,
  ctx: RequestContext,
  entity: EntityTarget<E>,
  id: string,
  resource: string,
): Promise<E> {
  const row = await manager.getRepository(entity).findOneBy({ id } as never);
  if (!row || !ctx.canRead(row.agencyId)) throw DomainError.notFound(resource);
  return row;
}

/** The row by id, locked FOR UPDATE for the transaction, when the caller reads its agency; 404 otherwise. */
export async function lockReadable<E extends AgencyRow>(
  tx: Transaction,
  entity: EntityTarget<E>,
  id: string,
  resource: string,
): Promise<E> {
  const row = await tx.manager
    .getRepository(entity)
    .findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row || !tx.ctx.canRead(row.agencyId)) throw DomainError.notFound(resource);
  return row;
}

/**
 * Limits a list to the agencies the caller reads, then to each filter given a value: keys are
 * columns of the query's main alias (`{ status: query.status }`); a value not given is no filter.
 */
export function scopeList<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  ctx: RequestContext,
  filters: Record<string, string | number | null | undefined> = {},
): SelectQueryBuilder<E> {
  const readable = ctx.readableAgencyIds();
  if (readable !== 'ALL') qb.andWhere(`${qb.alias}.agency_id = ANY(:readable)`, { readable });
  for (const [column, value] of Object.entries(filters)) {
    const name = `filter_${column}`;
    if (value !== undefined && value !== null && value !== '')
      qb.andWhere(`${qb.alias}.${column} = :${name}`, { [name]: value });
  }
  return qb;
}

/** Which rows a change locks and who may make it. */
export interface ChangeTarget<E extends AgencyRow> {
  entity: EntityTarget<E>;
  /** Named by the 404. */
  resource: string;
  /** The caller must hold one of these in the row's agency (403 otherwise). */
  roles: readonly Role[];
}

/**
 * One change of an agency's row, in one transaction: the row locked (404 unless the caller reads
 * its agency), 403 unless the caller holds one of the target's roles there, then `work` on it.
 */
export function changeRow<E extends AgencyRow, R>(
  uow: UnitOfWork,
  ctx: RequestContext,
  target: ChangeTarget<E>,
  id: string,
  work: (tx: Transaction, row: E) => Promise<R>,
): Promise<R> {
  return uow.run(ctx, async (tx) => {
    const row = await lockReadable(tx, target.entity, id, target.resource);
    assertRole(ctx, row.agencyId, target.roles);
    return work(tx, row);
  });
}
