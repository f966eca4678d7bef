import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource, EntityManager } from 'typeorm';
import { userFullNames } from '@app/identity';
import { addDays, Clock, RequestContext, startOfBusinessDate, excelDay, layoutTable } from '@app/platform';
import { ListNonconformitiesQuery } from './dto/nonconformity.dto';
import { ISO_9001_CLAUSES } from './iso-clauses';
import { CorrectiveAction, NonconformityVerification } from './nonconformity.entity';
import { NC_EXPORT_LIMIT, NonconformitiesService } from './nonconformities.service';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly nonconformities: NonconformitiesService,
    private readonly clock: Clock,
  ) {}

  /** One row per corrective action (or per nonconformity without any yet), filtered as the list is. */
  async exportLog(ctx: RequestContext, query: ListNonconformitiesQuery): Promise<Buffer> {
    const page = await this.nonconformities.list(ctx, query, NC_EXPORT_LIMIT);
    const ids = page.items.map((n) => n.id);
    const [actions, verifications] = ids.length
      ? await Promise.all([
          this.dataSource
            .getRepository(CorrectiveAction)
            .createQueryBuilder('a')
            .where('a.nonconformity_id = ANY(:ids)', { ids })
            .orderBy('a.round', 'ASC')
            .addOrderBy('a.created_at', 'ASC')
            .getMany(),
          this.dataSource
            .getRepository(NonconformityVerification)
            .createQueryBuilder('v')
            .where('v.nonconformity_id = ANY(:ids)', { ids })
            .orderBy('v.created_at', 'ASC')
            .getMany(),
        ])
      : [[], []];
    const names = await userFullNames(this.dataSource.manager, [
      ...actions.map((a) => a.ownerId),
      ...verifications.map((v) => v.verifiedBy).filter((v): v is string => !!v),
    ]);
    const today = this.clock.today();

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ISO điện tử';
    const sheet = workbook.addWorksheet('Sổ theo dõi HĐKP');
    sheet.columns = [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Ngày ghi nhận', key: 'raisedOn', width: 14 },
      { header: 'Nguồn', key: 'source', width: 22 },
      { header: 'Mức độ', key: 'severity', width: 10 },
      { header: 'Điều khoản', key: 'clause', width: 12 },
      { header: 'Mô tả điểm không phù hợp', key: 'description', width: 50 },
      { header: 'Sự khắc phục', key: 'correction', width: 40 },
      { header: 'Nguyên nhân gốc', key: 'rootCause', width: 40 },
      { header: 'Phương pháp phân tích', key: 'method', width: 18 },
      { header: 'Lần', key: 'round', width: 6 },
      { header: 'Hành động khắc phục', key: 'action', width: 50 },
      { header: 'Người thực hiện', key: 'owner', width: 24 },
      { header: 'Hạn hoàn thành', key: 'dueDate', width: 14 },
      { header: 'Trạng thái hành động', key: 'actionStatus', width: 18 },
      { header: 'Ngày hoàn thành', key: 'completedOn', width: 14 },
      { header: 'Quá hạn', key: 'overdue', width: 9 },
      { header: 'Kết quả kiểm tra hiệu lực', key: 'verification', width: 40 },
      { header: 'Trạng thái', key: 'status', width: 24 },
    ];
    let no = 0;
    for (const nc of page.items) {
      const base = {
        raisedOn: excelDay(nc.createdAt),
        source: SOURCE_NAMES[nc.source] ?? nc.source,
        severity: SEVERITY_NAMES[nc.severity] ?? nc.severity,
        clause: nc.clause,
        description: nc.description,
        correction: nc.correction,
        rootCause: nc.rootCause,
        method: nc.analysisMethod ? (METHOD_NAMES[nc.analysisMethod] ?? nc.analysisMethod) : null,
        status: NC_STATUS_NAMES[nc.status] ?? nc.status,
      };
      const verdict = (round: number) =>
        verifications
          .filter((v) => v.nonconformityId === nc.id && v.round === round)
          .map(
            (v) =>
              `${v.effective ? 'Có hiệu lực' : 'Không có hiệu lực'}: ${v.comment}` +
              (v.verifiedBy ? ` (${names.get(v.verifiedBy) ?? v.verifiedBy})` : ''),
          )
          .join('; ') || null;
      const own = actions.filter((a) => a.nonconformityId === nc.id);
      if (own.length === 0) {
        sheet.addRow({ no: ++no, ...base, round: nc.round, verification: verdict(nc.round) });
        continue;
      }
      for (const a of own) {
        sheet.addRow({
          no: ++no,
          ...base,
          round: a.round,
          action: a.description,
          owner: names.get(a.ownerId) ?? a.ownerId,
          dueDate: excelDay(a.dueDate),
          actionStatus: ACTION_STATUS_NAMES[a.status] ?? a.status,
          completedOn: excelDay(a.completedAt),
          overdue: a.status === 'PLANNED' && a.dueDate < today ? 'Có' : null,
          verification: verdict(a.round),
        });
      }
    }
    layoutTable(sheet, sheet.getRow(1), {
      landscape: true,
      dates: ['raisedOn', 'dueDate', 'completedOn'],
      wrap: ['description', 'correction', 'rootCause', 'action', 'verification'],
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
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
    const byStatus: Record<string, number> = {};
    const openBySeverity: Record<string, number> = {};
    const openBySource: Record<string, number> = {};
    let open = 0;
    for (const row of statusRows) {
      const n = Number(row.n);
      byStatus[row.status] = (byStatus[row.status] ?? 0) + n;
      if (row.status === 'CLOSED') continue;
      open += n;
      openBySeverity[row.severity] = (openBySeverity[row.severity] ?? 0) + n;
      openBySource[row.source] = (openBySource[row.source] ?? 0) + n;
    }
    return {
      period,
      byStatus,
      open,
      openBySeverity,
      openBySource,
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
