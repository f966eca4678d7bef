import { RequestContext } from '@app/platform';

/*
 * Who may do what with an agency's exports (issue 18; SECURITY.md): the agency's AGENCY_ADMIN and
 * system administrators ask for one; they and the agency's overseers (OVERSIGHT of its province)
 * follow and download them. The agency's other roles get 403; anyone who cannot read the agency
 * (another agency, another province's oversight) 404.
 */
export function mayCreateExport(ctx: RequestContext, agencyId: string): boolean {
  return ctx.isSystemAdmin || ctx.hasRole(agencyId, 'AGENCY_ADMIN');
}

/**
 * Oversight reads the agency without being one of its members (its province's OVERSIGHT
 * membership); a member's reading comes from its roles, which must include AGENCY_ADMIN.
 */
export function mayReadExports(ctx: RequestContext, agencyId: string): boolean {
  if (mayCreateExport(ctx, agencyId)) return true;
  return ctx.hasOversight && ctx.canRead(agencyId) && !ctx.isMemberOf(agencyId);
}
