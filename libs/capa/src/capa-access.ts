import { Role } from '@app/platform';

/*
 * Who may do what with nonconformities (all within the nonconformity's agency):
 * - read: whoever reads the agency: its members, whatever their role (an action owner may be
 *   STAFF), and its provincial overseers (OVERSIGHT reads, never writes: 403);
 * - raise one by hand: ISO_SECRETARY, AGENCY_ADMIN, INTERNAL_AUDITOR (audit findings raise
 *   theirs automatically, through the audit team);
 * - analyse the cause and plan the actions: ISO_SECRETARY, AGENCY_ADMIN;
 * - complete an action: its owner, or ISO_SECRETARY / AGENCY_ADMIN on their behalf;
 * - verify effectiveness: an INTERNAL_AUDITOR who owns none of the actions being verified;
 * - close: ISO_SECRETARY, AGENCY_ADMIN or the head of agency (APPROVER);
 * - reopen (the problem recurred): ISO_SECRETARY, AGENCY_ADMIN, INTERNAL_AUDITOR.
 */
export const NC_RAISERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN', 'INTERNAL_AUDITOR'];
export const NC_MANAGERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN'];
export const NC_VERIFIERS: Role[] = ['INTERNAL_AUDITOR'];
export const NC_CLOSERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN', 'APPROVER'];
export const NC_REOPENERS: Role[] = ['ISO_SECRETARY', 'AGENCY_ADMIN', 'INTERNAL_AUDITOR'];

/** The role checks every agency's resource makes (403 in a readable agency, 404 otherwise). */
export { assertMayActIn, assertRole } from '@app/platform';

/** Is the user an active member (any role) of the agency? (a read model of @app/reporting) */
export { isActiveMember } from '@app/reporting';

/** A due date (YYYY-MM-DD) is due at the end of that day in Viet Nam (one meaning everywhere). */
export { endOfBusinessDate } from '@app/platform';
