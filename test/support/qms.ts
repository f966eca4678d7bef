import { Role } from '../../libs/platform/src';
import { TestApp } from './harness';

/**
 * Gives a user holding INTERNAL_AUDITOR a valid internal-auditor training record (libs/qms), as
 * an agency keeps for its trained auditors: an audit team is qualified by the role and the
 * training (auditor-independence.ts). Suites that test qualification itself create their own.
 */
export async function qualifyAuditors(
  t: TestApp,
  userId: string,
  memberships: { agencyId: string; roles: Role[] }[],
): Promise<void> {
  const auditorOf = memberships.find((m) => m.roles.includes('INTERNAL_AUDITOR'));
  if (!auditorOf) return;
  await t.sql(
    `INSERT INTO training_records (agency_id, user_id, category, course, provider, completed_on, expires_on)
     VALUES ($1, $2, 'INTERNAL_AUDITOR', 'Chuyên gia đánh giá nội bộ TCVN ISO 9001:2015',
             'Trung tâm đào tạo (dữ liệu thử)', current_date - 30, NULL)`,
    [auditorOf.agencyId, userId],
  );
}
