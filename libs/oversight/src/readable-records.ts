import { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { DomainError, RequestContext } from '@app/platform';

/**
 * An agency's record by id if the caller can read its agency, else 404 naming `resource` (the
 * same answer whether it does not exist or belongs to another agency). `lock`: read under a row
 * lock, in the transaction that changes it.
 */
export async function readableRecord<T extends { id: string; agencyId: string }>(
  manager: EntityManager,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  resource: string,
  id: string,
  lock = false,
): Promise<T> {
  const row = await manager.getRepository(entity).findOne({
    where: { id } as FindOptionsWhere<T>,
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!row || !ctx.canRead(row.agencyId)) throw DomainError.notFound(resource);
  return row;
}
