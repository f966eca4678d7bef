import { EntityManager } from 'typeorm';
import { DomainError, bilingualDetail, toBusinessDate } from '@app/platform';
import { internalAuditorQualifications } from '@app/reporting';
import { membershipsOf, unitKey } from './audit-access';

export interface TeamToCheck {
  leadAuditorId: string;
  auditorIds: string[];
  qmsAgencyIds: string[];
  auditeeAgencyIds: string[];
  /** Units in the audit's scope; none means the whole of each audited agency. */
  units: string[];
  /** The day qualification is judged on (YYYY-MM-DD, Vietnam); today by default. */
  onDay?: string;
}

/**
 * The audit team must be qualified and independent (TCVN ISO 9001:2015 9.2.2 c; ISO 19011).
 *
 * Qualified: every member holds the INTERNAL_AUDITOR role in an agency of the QMS (who may act
 * as an auditor there) and a valid internal-auditor training record (competence, 7.2: a training
 * record of category INTERNAL_AUDITOR, kept in libs/qms, completed and not expired on the day).
 *
 * Independent — "an auditor may not audit their own unit's work": memberships carry no unit,
 * so each agency keeps a register of its auditors' home units (auditor_units, maintained by its
 * ISO secretary). For every audited agency a team member belongs to (any role):
 * - their home unit there must be registered (otherwise independence cannot be shown:
 *   409 AUDITOR_UNIT_UNKNOWN), and
 * - the audit's scope must list units and not that one: an audit of the whole agency (no units)
 *   covers the auditor's own unit too (409 AUDITOR_NOT_INDEPENDENT).
 * An auditor from another agency of the same QMS (cross-auditing) is independent of it by
 * construction. Units compare without case, diacritics or extra spaces.
 *
 * Checked when the audit is planned and again when it starts (the register may have changed).
 */
export async function assertTeamQualifiedAndIndependent(
  manager: EntityManager,
  team: TeamToCheck,
): Promise<void> {
  const members = [...new Set([team.leadAuditorId, ...team.auditorIds])];
  const memberships = await membershipsOf(manager, members, team.qmsAgencyIds);
  const trained = await internalAuditorQualifications(
    manager,
    members,
    team.onDay ?? toBusinessDate(new Date()),
  );
  for (const userId of members) {
    const qualified =
      memberships.some((m) => m.userId === userId && m.roles.includes('INTERNAL_AUDITOR')) &&
      trained.has(userId);
    if (!qualified) {
      const name = memberships.find((m) => m.userId === userId)?.fullName ?? userId;
      throw new DomainError('AUDITOR_NOT_QUALIFIED', { user: name }, [
        bilingualDetail(
          userId === team.leadAuditorId ? 'leadAuditorId' : 'auditorIds',
          `${userId} không giữ vai trò INTERNAL_AUDITOR tại cơ quan nào của HTQLCL hoặc không có hồ sơ đào tạo chuyên gia đánh giá nội bộ còn hiệu lực`,
          `${userId} holds no INTERNAL_AUDITOR role in an agency of the QMS, or no valid internal-auditor training record`,
        ),
      ]);
    }
  }

  const inAuditees = memberships.filter((m) => team.auditeeAgencyIds.includes(m.agencyId));
  if (inAuditees.length === 0) return;
  const registered = await manager.query<{ agency_id: string; user_id: string; unit: string }[]>(
    'SELECT agency_id, user_id, unit FROM auditor_units WHERE user_id = ANY($1::uuid[]) AND agency_id = ANY($2::uuid[])',
    [inAuditees.map((m) => m.userId), team.auditeeAgencyIds],
  );
  const scope = new Set(team.units.map(unitKey));
  for (const m of inAuditees) {
    const field = m.userId === team.leadAuditorId ? 'leadAuditorId' : 'auditorIds';
    const unit = registered.find((r) => r.user_id === m.userId && r.agency_id === m.agencyId)?.unit;
    if (!unit) {
      throw new DomainError('AUDITOR_UNIT_UNKNOWN', { user: m.fullName }, [
        bilingualDetail(
          field,
          `${m.userId} chưa được đăng ký đơn vị công tác tại cơ quan được đánh giá ${m.agencyId}`,
          `${m.userId} has no unit registered in audited agency ${m.agencyId}`,
        ),
      ]);
    }
    if (scope.size === 0 || scope.has(unitKey(unit))) {
      throw new DomainError('AUDITOR_NOT_INDEPENDENT', { user: m.fullName, unit }, [
        scope.size === 0
          ? bilingualDetail(
              field,
              `${m.userId} thuộc cơ quan được đánh giá ${m.agencyId}, được đánh giá toàn bộ (phạm vi không nêu đơn vị)`,
              `${m.userId} belongs to audited agency ${m.agencyId}, audited as a whole (no units in scope)`,
            )
          : bilingualDetail(
              field,
              `${m.userId} thuộc đơn vị "${unit}" của cơ quan ${m.agencyId}, nằm trong phạm vi cuộc đánh giá`,
              `${m.userId} belongs to unit "${unit}" of agency ${m.agencyId}, which is in the audit's scope`,
            ),
      ]);
    }
  }
}
