import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { activeAgencyIdsUnderQms, qualitySystemsInForce } from '@app/organization';
import { AppConfig, Clock, startOfBusinessDate } from '@app/platform';
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

  /** Creates the current year's obligations that do not exist yet; returns how many it created. */
  async ensure(year = Number(this.clock.today().slice(0, 4))): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = (monthDay: string) => startOfBusinessDate(`${year}-${monthDay}`);
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
         UNION ALL
         SELECT a.id, 'ANNUAL_REPORT', 'agency', a.id, 'Báo cáo định kỳ năm ' || $1 || ' gửi Sở Khoa học và Công nghệ',
                $4::timestamptz, 'ISO_SECRETARY', 'ANNUAL_REPORT:' || a.id || ':' || $1
           FROM unnest($8::uuid[]) AS a(id)
         ON CONFLICT (obligation_key) DO NOTHING
         RETURNING id`,
        [
          String(year),
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
