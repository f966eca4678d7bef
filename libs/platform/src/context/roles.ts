export const ROLES = [
  'SYSTEM_ADMIN',
  'OVERSIGHT',
  'AGENCY_ADMIN',
  'ISO_SECRETARY',
  'DRAFTER',
  'REVIEWER',
  'APPROVER',
  'INTERNAL_AUDITOR',
  'STAFF',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that only a system administrator may grant. */
export const PRIVILEGED_ROLES: readonly Role[] = ['SYSTEM_ADMIN', 'OVERSIGHT'];
