import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { userFullNames } from '@app/identity';
import {
  addDays,
  Clock,
  excelDay,
  ReadReplica,
  RequestContext,
  SheetColumn,
  startOfBusinessDate,
  registerSheet,
  tableWorkbook,
} from '@app/platform';
import { ListNonconformitiesQuery } from './dto/nonconformity.dto';
import { ISO_9001_CLAUSES } from './iso-clauses';
import { CorrectiveAction, NonconformityVerification } from './nonconformity.entity';
import { NC_EXPORT_LIMIT, NonconformitiesService, NonconformityView } from './nonconformities.service';
import { sumCounts } from './sum-counts';

export const SOURCE_NAMES: Record<string, string> = {
  AUDIT: 'Đánh giá nội bộ',
  COMPLAINT: 'Phản ánh, kiến nghị',
  PROCESS: 'Theo dõi quá trình',
  INSPECTION: 'Kiểm tra của cơ quan có thẩm quyền',
  OTHER: 'Khác',
};
export const SEVERITY_NAMES: Record<string, string> = { MAJOR: 'Nặng', MINOR: 'Nhẹ' };
export const NC_STATUS_NAMES: Record<string, string> = {
  OPEN: 'Mới ghi nhận',
  ANALYSED: 'Đã phân tích nguyên nhân',
  ACTION_PLANNED: 'Đã lập kế hoạch hành động',
  IMPLEMENTED: 'Đã thực hiện hành động',
  VERIFIED: 'Đã kiểm tra hiệu lực',
  CLOSED: 'Đã đóng',
};
const METHOD_NAMES: Record<string, string> = {
  FIVE_WHYS: '5 Tại sao',
  FISHBONE: 'Biểu đồ xương cá',
  OTHER: 'Khác',
};
const ACTION_STATUS_NAMES: Record<string, string> = { PLANNED: 'Đang thực hiện', DONE: 'Đã hoàn thành' };

/** A row of the corrective-action log: an action of a nonconformity's round (or none yet). */
interface LogRow {
  nc: NonconformityView;
  action: CorrectiveAction | null;
  round: number;
  verification: string | null;
}

/** The columns of the corrective-action log (sổ theo dõi hành động khắc phục). */
const logColumns = (names: Map<string, string>, today: string): SheetColumn<LogRow>[] => [
  { header: 'Ngày ghi nhận', width: 14, cell: (r) => excelDay(r.nc.createdAt), date: true },
  { header: 'Nguồn', width: 22, cell: (r) => SOURCE_NAMES[r.nc.source] ?? r.nc.source },
  { header: 'Mức độ', width: 10, cell: (r) => SEVERITY_NAMES[r.nc.severity] ?? r.nc.severity },
  { header: 'Điều khoản', width: 12, cell: (r) => r.nc.clause },
  { header: 'Mô tả điểm không phù hợp', width: 50, cell: (r) => r.nc.description, wrap: true },
  { header: 'Sự khắc phục', width: 40, cell: (r) => r.nc.correction, wrap: true },
  { header: 'Nguyên nhân gốc', width: 40, cell: (r) => r.nc.rootCause, wrap: true },
  {
    header: 'Phương pháp phân tích',
    width: 18,
    cell: ({ nc }) => (nc.analysisMethod ? (METHOD_NAMES[nc.analysisMethod] ?? nc.analysisMethod) : null),
  },
  { header: 'Lần', width: 6, cell: (r) => r.round },
  { header: 'Hành động khắc phục', width: 50, cell: (r) => r.action?.description, wrap: true },
  { header: 'Người thực hiện', width: 24, cell: ({ action: a }) => a && (names.get(a.ownerId) ?? a.ownerId) },
  { header: 'Hạn hoàn thành', width: 14, cell: (r) => r.action && excelDay(r.action.dueDate), date: true },
  {
    header: 'Trạng thái hành động',
    width: 18,
    cell: ({ action: a }) => a && (ACTION_STATUS_NAMES[a.status] ?? a.status),
  },
  {
    header: 'Ngày hoàn thành',
    width: 14,
    cell: (r) => r.action && excelDay(r.action.completedAt),
    date: true,
  },
  {
    header: 'Quá hạn',
    width: 9,
    cell: ({ action: a }) => (a && a.status === 'PLANNED' && a.dueDate < today ? 'Có' : null),
  },
  { header: 'Kết quả kiểm tra hiệu lực', width: 40, cell: (r) => r.verification, wrap: true },
  { header: 'Trạng thái', width: 24, cell: (r) => NC_STATUS_NAMES[r.nc.status] ?? r.nc.status },
];

/** Nonconformity and corrective-action figures of some agencies over a period (management review 9.3.2 c 4). */
export interface CapaSummary {
  period: { from: string; to: string };
  /** Current status of every nonconformity of the agencies. */
  byStatus: Record<string, number>;
  open: number;
  openBySeverity: Record<string, number>;
  openBySource: Record<string, number>;
  raisedInPeriod: number;
  closedInPeriod: number;
  correctiveActions: { planned: number; done: number; overdue: number; completedInPeriod: number };
  verificationsInPeriod: { effective: number; notEffective: number };
}

/** The corrective-action log (sổ theo dõi hành động khắc phục) and the figures other libs report. */
@Injectable()
export class CapaReportsService {
  constructor(
    private readonly nonconformities: NonconformitiesService,
    private readonly clock: Clock,
    private readonly replica: ReadReplica,
  ) {}

  /** One row per corrective action (or per nonconformity without any yet), filtered as the list is. */
  async exportLog(ctx: RequestContext, query: ListNonconformitiesQuery): Promise<Buffer> {
    // the log's reads (an export, nothing written after) go to the replica
    const { page, actions, verifications, names } = await this.replica.run(ctx, async (manager) => {
      const page = await this.nonconformities.list(ctx, query, { limit: NC_EXPORT_LIMIT, manager });
      const ids = page.items.map((n) => n.id);
      const [actions, verifications] = ids.length
        ? await Promise.all([
            manager
              .getRepository(CorrectiveAction)
              .createQueryBuilder('a')
              .where('a.nonconformity_id = ANY(:ids)', { ids })
              .orderBy('a.round', 'ASC')
              .addOrderBy('a.created_at', 'ASC')
              .getMany(),
            manager
              .getRepository(NonconformityVerification)
              .createQueryBuilder('v')
              .where('v.nonconformity_id = ANY(:ids)', { ids })
              .orderBy('v.created_at', 'ASC')
              .getMany(),
          ])
        : [[], []];
      const names = await userFullNames(manager, [
        ...actions.map((a) => a.ownerId),
        ...verifications.map((v) => v.verifiedBy).filter((v): v is string => !!v),
      ]);
      return { page, actions, verifications, names };
    });
    const today = this.clock.today();
    const verdict = (nc: NonconformityView, round: number) =>
      verifications
        .filter((v) => v.nonconformityId === nc.id && v.round === round)
        .map(
          (v) =>
            `${v.effective ? 'Có hiệu lực' : 'Không có hiệu lực'}: ${v.comment}` +
            (v.verifiedBy ? ` (${names.get(v.verifiedBy) ?? v.verifiedBy})` : ''),
        )
        .join('; ') || null;
    // one row per corrective action, or one for a nonconformity without any yet
    const rows = page.items.flatMap((nc): LogRow[] => {
      const own = actions.filter((a) => a.nonconformityId === nc.id);
      if (own.length === 0)
        return [{ nc, action: null, round: nc.round, verification: verdict(nc, nc.round) }];
      return own.map((a) => ({ nc, action: a, round: a.round, verification: verdict(nc, a.round) }));
    });
    return tableWorkbook(registerSheet('Sổ theo dõi HĐKP', logColumns(names, today)), rows);
  }

  /**
   * Figures for the nonconformities of the agencies: their current status, what was raised,
   * closed, completed and verified within the period (dates inclusive, Viet Nam days).
   */
  async summarize(
    manager: EntityManager,
    agencyIds: string[],
    period: { from: string; to: string },
  ): Promise<CapaSummary> {
    const from = startOfBusinessDate(period.from);
    const to = startOfBusinessDate(addDays(period.to, 1));
    const today = this.clock.today();
    const statusRows = await manager.query<{ status: string; severity: string; source: string; n: string }[]>(
      `SELECT status, severity, source, count(*)::text AS n FROM nonconformities
        WHERE agency_id = ANY($1::uuid[]) GROUP BY 1, 2, 3`,
      [agencyIds],
    );
    const [counts] = await manager.query<Record<string, string>[]>(
      `SELECT
         (SELECT count(*) FROM nonconformities WHERE agency_id = ANY($1::uuid[]) AND created_at >= $2 AND created_at < $3)::text AS raised,
         (SELECT count(*) FROM nonconformities WHERE agency_id = ANY($1::uuid[]) AND closed_at >= $2 AND closed_at < $3)::text AS closed,
         (SELECT count(*) FROM corrective_actions WHERE agency_id = ANY($1::uuid[]) AND status = 'PLANNED')::text AS planned,
         (SELECT count(*) FROM corrective_actions WHERE agency_id = ANY($1::uuid[]) AND status = 'DONE')::text AS done,
         (SELECT count(*) FROM corrective_actions WHERE agency_id = ANY($1::uuid[]) AND status = 'PLANNED' AND due_date < $4)::text AS overdue,
         (SELECT count(*) FROM corrective_actions WHERE agency_id = ANY($1::uuid[]) AND completed_at >= $2 AND completed_at < $3)::text AS completed,
         (SELECT count(*) FROM nonconformity_verifications WHERE agency_id = ANY($1::uuid[]) AND effective AND created_at >= $2 AND created_at < $3)::text AS effective,
         (SELECT count(*) FROM nonconformity_verifications WHERE agency_id = ANY($1::uuid[]) AND NOT effective AND created_at >= $2 AND created_at < $3)::text AS not_effective`,
      [agencyIds, from, to, today],
    );
    const all = sumCounts(statusRows, ['status']);
    const open = sumCounts(
      statusRows.filter((row) => row.status !== 'CLOSED'),
      ['severity', 'source'],
    );
    return {
      period,
      byStatus: all.by.status,
      open: open.total,
      openBySeverity: open.by.severity,
      openBySource: open.by.source,
      raisedInPeriod: Number(counts.raised),
      closedInPeriod: Number(counts.closed),
      correctiveActions: {
        planned: Number(counts.planned),
        done: Number(counts.done),
        overdue: Number(counts.overdue),
        completedInPeriod: Number(counts.completed),
      },
      verificationsInPeriod: {
        effective: Number(counts.effective),
        notEffective: Number(counts.not_effective),
      },
    };
  }
}

export function clauseTitle(clause: string | null): string | null {
  return clause ? (ISO_9001_CLAUSES[clause] ?? null) : null;
}
