import { Injectable } from '@nestjs/common';
import { findAgency } from '@app/organization';
import { DomainError, RequestContext, UnitOfWork } from '@app/platform';
import { ReminderPolicyDto } from '../dto/notification.dto';
import { DEFAULT_REMINDER_POLICY, policyFromRow, ReminderPolicyValues } from './cadence';
import { ReminderPlanner } from './reminder-planner';

export interface ReminderPolicyView extends ReminderPolicyValues {
  agencyId: string;
  /** 0 while the agency uses the defaults. */
  version: number;
  isDefault: boolean;
}

/** Each agency's reminder cadence: read by its members and overseers, set by its admin or ISO secretary. */
@Injectable()
export class ReminderPoliciesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly planner: ReminderPlanner,
  ) {}

  async get(ctx: RequestContext, agencyId: string): Promise<ReminderPolicyView> {
    await this.assertReadable(ctx, agencyId);
    return this.current(agencyId);
  }

  async put(
    ctx: RequestContext,
    agencyId: string,
    dto: ReminderPolicyDto,
    expectedVersion?: number,
  ): Promise<ReminderPolicyView> {
    await this.assertReadable(ctx, agencyId);
    if (!ctx.isSystemAdmin && !ctx.hasRole(agencyId, 'AGENCY_ADMIN', 'ISO_SECRETARY'))
      throw DomainError.forbidden();
    const wanted = expectedVersion ?? dto.version;
    return this.uow.run(ctx, async (tx) => {
      const before = await this.current(agencyId, tx.manager);
      if (wanted !== undefined && wanted !== before.version)
        throw new DomainError('STALE_VERSION', { current: before.version });
      const values = {
        daysBefore: dto.daysBefore,
        remindOnDue: dto.remindOnDue,
        overdueEveryDays: dto.overdueEveryDays,
      };
      // the row lock of the upsert serialises two concurrent changes; the version check above
      // runs again inside it through the WHERE clause
      const rows = await tx.manager.query<{ version: number }[]>(
        `INSERT INTO reminder_policies (agency_id, days_before, remind_on_due, overdue_every_days)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (agency_id) DO UPDATE SET days_before = $2, remind_on_due = $3, overdue_every_days = $4,
                version = reminder_policies.version + 1, updated_at = now()
          WHERE reminder_policies.version = $5
         RETURNING version`,
        [agencyId, values.daysBefore, values.remindOnDue, values.overdueEveryDays, before.version],
      );
      if (rows.length === 0) throw new DomainError('STALE_VERSION', { current: before.version + 1 });
      tx.audit({
        subjectType: 'reminderPolicy',
        subjectId: agencyId,
        agencyId,
        action: 'update',
        data: { before: { ...before }, after: values },
      });
      await this.planner.replan(tx.manager, { agencyId });
      return { agencyId, ...values, version: rows[0].version, isDefault: false };
    });
  }

  private async current(agencyId: string, manager = this.uow.manager): Promise<ReminderPolicyView> {
    const [row] = await manager.query<
      { days_before: number; remind_on_due: boolean; overdue_every_days: number; version: number }[]
    >(
      'SELECT days_before, remind_on_due, overdue_every_days, version FROM reminder_policies WHERE agency_id = $1',
      [agencyId],
    );
    if (!row) return { agencyId, ...DEFAULT_REMINDER_POLICY, version: 0, isDefault: true };
    return {
      agencyId,
      ...policyFromRow(row),
      version: row.version,
      isDefault: false,
    };
  }

  private async assertReadable(ctx: RequestContext, agencyId: string): Promise<void> {
    const agency = await findAgency(this.uow.manager, agencyId);
    if (!agency || !ctx.canRead(agencyId)) throw DomainError.notFound('agency');
  }
}
