import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { activeAgencyIdsUnderQms, qualitySystemsInForce } from '@app/organization';
import { AppConfig, Clock, endOfBusinessDate } from '@app/platform';
import { ReminderPlanner } from './reminders/reminder-planner';

/**
 * Obligations that recur by the calendar rather than by a transition: each active QMS's yearly
 * internal audit and management review, and each agency's annual report to the Department of
 * Science and Technology. Creating them is idempotent (one obligation key each), so the job may
 * run on every worker as often as it likes. Periodic document reviews are registered by the
 * documents lib when a version takes effect.
 */
@Injectable()
export class PeriodicObligations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: ReminderPlanner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Creates the year's obligations that do not exist yet; returns how many it created. Without
   * a year (the periodic job): the current year, leaving out an obligation whose date has
   * already passed (a deployment, or a QMS that starts applying, in November owes no audit
   * "due 31 October" that would be overdue and escalate to the province the day it appears; it
   * is tracked from the next year). With a year (a back-fill), every obligation of that year.
   */
  async ensure(year?: number): Promise<number> {
    const backfill = year !== undefined;
    const forYear = year ?? Number(this.clock.today().slice(0, 4));
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const due = (monthDay: string) => {
        const at = endOfBusinessDate(`${forYear}-${monthDay}`);
        // a date in the past is sent as NULL, and the row is left out
        return backfill || at > now ? at : null;
      };
      const systems = await qualitySystemsInForce(manager);
      const agencyIds = await activeAgencyIdsUnderQms(manager);
      const created = await manager.query<{ id: string }[]>(
        `INSERT INTO deadlines (agency_id, kind, subject_type, subject_id, title, due_at, responsible_role, obligation_key)
         SELECT q.lead_agency_id, o.kind, 'qualitySystem', q.id, o.title || ' ' || $1 || ': ' || q.name, o.due_at, o.role,
                o.kind || ':' || q.id || ':' || $1
           FROM unnest($5::uuid[], $6::uuid[], $7::text[]) AS q(id, lead_agency_id, name)
           CROSS JOIN (VALUES ('AUDIT', 'Đánh giá nội bộ năm', $2::timestamptz, 'ISO_SECRETARY'),
                              ('MANAGEMENT_REVIEW', 'Xem xét của lãnh đạo năm', $3::timestamptz, 'APPROVER'))
                AS o(kind, title, due_at, role)
          WHERE o.due_at IS NOT NULL
         UNION ALL
         SELECT a.id, 'ANNUAL_REPORT', 'agency', a.id, 'Báo cáo định kỳ năm ' || $1 || ' gửi Sở Khoa học và Công nghệ',
                $4::timestamptz, 'ISO_SECRETARY', 'ANNUAL_REPORT:' || a.id || ':' || $1
           FROM unnest($8::uuid[]) AS a(id)
          WHERE $4::timestamptz IS NOT NULL
         ON CONFLICT (obligation_key) DO NOTHING
         RETURNING id`,
        [
          String(forYear),
          due(this.config.YEARLY_AUDIT_DUE),
          due(this.config.YEARLY_REVIEW_DUE),
          due(this.config.ANNUAL_REPORT_DUE),
          systems.map((q) => q.id),
          systems.map((q) => q.leadAgencyId),
          systems.map((q) => q.name),
          agencyIds,
        ],
      );
      await this.planner.replan(manager, { ids: created.map((c) => c.id) });
      return created.length;
    });
  }
}
