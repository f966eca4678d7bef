import type { EntityManager } from 'typeorm';
import { agencyChain } from '@app/organization';
import {
  assertMayActIn,
  DomainError,
  foldVietnamese,
  RequestContext,
  Role,
  invalidField,
} from '@app/platform';

/*
 * Who may do what in oversight:
 * - an agency's ISO_SECRETARY or AGENCY_ADMIN keeps its TTHC catalogue and legal changes, records
 *   its QMS's conformity declaration (signed by the head of agency), writes and submits its annual
 *   report and its corrective-action reports to inspections;
 * - the head of agency (APPROVER of the QMS's lead agency) confirms the QMS's effectiveness;
 * - OVERSIGHT (the provincial Department of Science and Technology) reads everything of the
 *   agencies under its province, keeps the province's rollout plans and inspection plans, records
 *   inspections, accepts or rejects corrective-action reports and accepts or returns annual reports;
 * - whoever reads an agency (its members, its overseers) reads its oversight records;
 *   another agency's record answers 404, a reader without the role 403;
 * - declarations are published: anyone, signed in or not, lists an agency's declarations.
 */
export const AGENCY_MANAGERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN'];
export const HEAD_OF_AGENCY: Role[] = ['APPROVER'];

/** The agency checks every agency-owned resource shares (platform's), for oversight's services. */
export { assertMayActIn, assertReadable } from '@app/platform';

/** Agency ids a query filters on: the caller's readable agencies, or null for administrators. */
export function readableFilter(ctx: RequestContext): string[] | null {
  const readable = ctx.readableAgencyIds();
  return readable === 'ALL' ? null : readable;
}

/**
 * The agency (the agency itself or an ancestor) where the caller holds OVERSIGHT over
 * `agencyId`: the province whose Department of Science and Technology oversees it. For system
 * administrators, the nearest PROVINCE-level ancestor (or the root of the tree).
 * 404 when the caller cannot read the agency, 403 when they read it without overseeing it.
 */
export async function overseeingProvince(
  manager: EntityManager,
  ctx: RequestContext,
  agencyId: string,
  resource = 'agency',
): Promise<string> {
  if (!ctx.isSystemAdmin && !ctx.canRead(agencyId)) throw DomainError.notFound(resource);
  const chain = await agencyChain(manager, agencyId);
  if (chain.length === 0) throw DomainError.notFound(resource);
  const held = new Set(ctx.agenciesWithRole('OVERSIGHT'));
  const province = chain.find((a) => held.has(a.id));
  if (province) return province.id;
  if (ctx.isSystemAdmin) return (chain.find((a) => a.level === 'PROVINCE') ?? chain[chain.length - 1]).id;
  throw DomainError.forbidden();
}

/** A province-level record (plan, roll-up): readable by whoever reads the province agency; kept by its OVERSIGHT. */
export function assertOverseesProvince(
  ctx: RequestContext,
  provinceAgencyId: string,
  resource = 'agency',
): void {
  assertMayActIn(ctx, provinceAgencyId, ['OVERSIGHT'], resource);
}

/** Organization's look-ups, re-exported for oversight's services. */
export { agenciesUnder, assertAgencyActive } from '@app/organization';

/** Normalises a user-supplied text for storage: NFC, trimmed, single spaces. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A name as compared: NFC, no diacritics, lower case, single spaces, curly quotes straightened. */
export function nameKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The province a province-level request is about: the one given, else the caller's only OVERSIGHT agency. */
export function resolveProvince(ctx: RequestContext, provinceAgencyId?: string): string {
  if (provinceAgencyId) return provinceAgencyId;
  const held = ctx.agenciesWithRole('OVERSIGHT');
  if (held.length === 1) return held[0];
  throw invalidField(
    'provinceAgencyId',
    'Trường "provinceAgencyId" là bắt buộc',
    'provinceAgencyId is required',
  );
}
