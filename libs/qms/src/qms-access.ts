import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { assertReadable, RequestContext, Role, scopeList, Transaction, UnitOfWork } from '@app/platform';
import { assertAgencyActive } from '@app/organization';

/*
 * Who may do what with an agency's quality data (all within the record's agency; reading is for
 * whoever reads the agency: its members, whatever their role, and its provincial overseers —
 * OVERSIGHT reads, never writes: 403):
 * - risks and opportunities, their treatment, residual assessment, yearly review and closing, the
 *   risk-level thresholds, quality objectives and their measurements, process-performance
 *   imports, satisfaction surveys and training records: ISO_SECRETARY, AGENCY_ADMIN;
 * - completing a risk treatment action: its owner, or ISO_SECRETARY / AGENCY_ADMIN for them;
 * - logging citizens' feedback: ISO_SECRETARY, AGENCY_ADMIN and STAFF (the one-stop desk);
 * - answering it: ISO_SECRETARY, AGENCY_ADMIN and the head of agency (APPROVER);
 * - opening a nonconformity from it: ISO_SECRETARY, AGENCY_ADMIN.
 */
export const QMS_MANAGERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN'];
export const FEEDBACK_LOGGERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN', 'STAFF'];
export const FEEDBACK_ANSWERERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN', 'APPROVER'];

/** The role checks every agency's resource makes (403 in a readable agency, 404 otherwise). */
export { assertMayActIn, assertReadable, assertRole } from '@app/platform';

/**
 * The query (`alias`) of a list of the agency's quality data: naming an agency the caller does not
 * read is a 404, not an empty list; then limited to the agencies the caller reads, to the one
 * named and to each filter given a value (scopeList: keys are columns).
 */
export function agencyList<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  alias: string,
  ctx: RequestContext,
  query: { agencyId?: string },
  filters: Record<string, string | number | undefined> = {},
): SelectQueryBuilder<E> {
  if (query.agencyId) assertReadable(ctx, query.agencyId);
  return scopeList(manager.getRepository(entity).createQueryBuilder(alias), ctx, {
    agency_id: query.agencyId,
    ...filters,
  });
}

/**
 * One transaction writing the agency's quality data, the agency checked first inside it: 404 for
 * an unknown agency, 409 for a merged or dissolved one (no new data goes to it).
 */
export function inActiveAgency<T>(
  uow: UnitOfWork,
  ctx: RequestContext,
  agencyId: string,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return uow.run(ctx, async (tx) => {
    await assertAgencyActive(tx.manager, agencyId);
    return work(tx);
  });
}

/** Dates mean what they mean everywhere: due at the end of that day in Viet Nam (platform's clock). */
export { endOfBusinessDate as endOfDay, addDays as plusDays } from '@app/platform';

export function plusYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  // 29 February falls back to 28 February
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** A 400 naming one field, in Vietnamese and English. */
export { invalidField as validation } from '@app/platform';
