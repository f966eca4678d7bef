import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError, foldVietnamese, RequestContext, Role } from '@app/platform';
import { Audit } from './audit.entity';

/*
 * Who may do what in internal audits and management reviews:
 * - programmes: read by whoever reads the agency (its members, whatever their role, and its
 *   provincial overseers); created by its ISO_SECRETARY or AGENCY_ADMIN;
 * - audits (with their checklist, findings, files and report): read by whoever reads the
 *   auditing agency or one of the audited agencies, and by the team; planned by the agency's
 *   ISO_SECRETARY, AGENCY_ADMIN or INTERNAL_AUDITOR; started and reported by the lead auditor;
 *   checklist, answers, findings and files by the team (lead and auditors) only; closed by the
 *   lead auditor or the agency's ISO_SECRETARY / AGENCY_ADMIN;
 * - the auditor unit register: read by the agency's readers, kept by ISO_SECRETARY / AGENCY_ADMIN;
 * - management reviews: read by the agency's readers, the chair and the participants; planned
 *   by ISO_SECRETARY / AGENCY_ADMIN; inputs, holding and outputs by them or the chair (the head
 *   of agency, APPROVER); a review action is completed by its owner or ISO_SECRETARY / AGENCY_ADMIN.
 * OVERSIGHT reads everything of the agencies under its province and changes nothing (403).
 */
export const PROGRAMME_MANAGERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN'];
export const AUDIT_PLANNERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN', 'INTERNAL_AUDITOR'];
export const AUDIT_CLOSERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN'];
export const REVIEW_MANAGERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN'];

export function teamOf(audit: Pick<Audit, 'leadAuditorId' | 'auditorIds'>): string[] {
  return [...new Set([audit.leadAuditorId, ...audit.auditorIds])];
}

export function isOnTeam(ctx: RequestContext, audit: Pick<Audit, 'leadAuditorId' | 'auditorIds'>): boolean {
  return ctx.userId !== null && teamOf(audit).includes(ctx.userId);
}

export function canReadAudit(
  ctx: RequestContext,
  audit: Pick<Audit, 'agencyId' | 'auditeeAgencyIds' | 'leadAuditorId' | 'auditorIds'>,
): boolean {
  return (
    ctx.canRead(audit.agencyId) ||
    audit.auditeeAgencyIds.some((id) => ctx.canRead(id)) ||
    isOnTeam(ctx, audit)
  );
}

/** Adds the visibility condition of audits (aliased `alias`) to a query. */
export function restrictAudits<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  ctx: RequestContext,
): SelectQueryBuilder<T> {
  const readable = ctx.readableAgencyIds();
  if (readable === 'ALL') return qb;
  return qb.andWhere(
    `(${alias}.agency_id = ANY(:auditReadable) OR ${alias}.auditee_agency_ids && CAST(:auditReadable AS uuid[])
      OR ${alias}.lead_auditor_id = :auditMe OR :auditMe = ANY(${alias}.auditor_ids))`,
    { auditReadable: readable, auditMe: ctx.userId },
  );
}

/** 403 unless the caller is on the audit's team (system administrators act for anyone). */
export function assertOnTeam(ctx: RequestContext, audit: Pick<Audit, 'leadAuditorId' | 'auditorIds'>): void {
  if (!ctx.isSystemAdmin && !isOnTeam(ctx, audit)) throw new DomainError('NOT_AUDIT_TEAM_MEMBER');
}

/** The role checks every agency's resource makes (403 in a readable agency, 404 otherwise). */
export { assertMayActIn, assertRole } from '@app/platform';

/*
 * Read-only look-ups of the organization's tables (QMS membership of agencies, users' roles),
 * as documents does for its readers: organization exports no query for them.
 */

/** Organization's look-ups (the QMS covering an agency or 409 AGENCY_HAS_NO_QMS, its agencies), re-exported for audits' services. */
export {
  agencyIdsOfQualitySystem as agenciesOfQms,
  assertAgencyActive,
  requireQualitySystemOf as qualitySystemOf,
} from '@app/organization';

/** Memberships of active users in the given agencies (a read model of @app/reporting). */
export { activeMemberships as membershipsOf, type ActiveMembership as UserMembership } from '@app/reporting';

/** A unit name as compared: NFC, trimmed, single spaces, no diacritics, lower case ("Phòng Hành chính" = "phong hanh chinh"). */
export function unitKey(unit: string): string {
  return foldVietnamese(unit).replace(/\s+/g, ' ').trim();
}

/** Normalises a user-supplied label for storage: NFC, trimmed, single spaces. */
export function cleanLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
