import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { assertMayActIn, bilingualDetail, DomainError, RequestContext, Role, scopeList } from '@app/platform';

/*
 * Who may do what with records (Nghị định 30/2020 art. 28–30; SECURITY.md):
 * - the agency's ISO_SECRETARY keeps them: declares the records procedures produce, drafts and
 *   edits the yearly list, opens and closes record files, adds their items, proposes disposals;
 * - the head of agency (APPROVER) approves the list and each disposal through the approval
 *   engine, and may place or lift a legal hold (so may the ISO secretary);
 * - every member of the agency and its overseers (OVERSIGHT of the province) read them;
 *   another agency's record answers 404, a reader without the role 403.
 */
export const RECORD_KEEPERS: Role[] = ['ISO_SECRETARY'];
export const HOLD_ROLES: Role[] = ['ISO_SECRETARY', 'APPROVER'];
/** Who sees the approval requests on a list or a disposal (as for documents). */
export const APPROVAL_VIEWERS: Role[] = ['AGENCY_ADMIN', 'ISO_SECRETARY', 'DRAFTER', 'REVIEWER', 'APPROVER'];

/** 404 when the caller cannot read the agency, 403 when they read it without one of the roles. */
export function assertMayKeep(
  ctx: RequestContext,
  agencyId: string,
  resource: string,
  roles: Role[] = RECORD_KEEPERS,
): void {
  assertMayActIn(ctx, agencyId, roles, resource);
}

export { assertReadable } from '@app/platform';

/**
 * A list's query (`alias`) limited to the agencies the caller reads, and to each filter given a
 * value (scopeList: keys are columns, `agency_id` the one agency asked for).
 */
export function readableRecords<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  alias: string,
  ctx: RequestContext,
  filters: Record<string, string | number | undefined>,
): SelectQueryBuilder<E> {
  return scopeList(dataSource.getRepository(entity).createQueryBuilder(alias), ctx, filters);
}

/** Retention as given: exactly one of a number of years or permanent. 400 otherwise. */
export function retentionOf(
  input: { retentionYears?: number | null; permanent?: boolean },
  field = 'retentionYears',
): { retentionYears: number | null; permanent: boolean } {
  const permanent = input.permanent === true;
  const years = input.retentionYears ?? null;
  if (permanent === (years !== null)) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      bilingualDetail(
        field,
        'Ghi thời hạn bảo quản: hoặc số năm (retentionYears), hoặc vĩnh viễn (permanent: true)',
        'give the retention: either retentionYears or permanent: true',
      ),
    ]);
  }
  return { retentionYears: years, permanent };
}

export function retentionLabel(row: { retentionYears: number | null; permanent: boolean }): string {
  return row.permanent ? 'Vĩnh viễn' : `${row.retentionYears} năm`;
}

export function clean(text: string): string;
export function clean(text: string | undefined | null): string | null;
export function clean(text: string | undefined | null): string | null {
  return text === undefined || text === null ? null : text.normalize('NFC').trim();
}
