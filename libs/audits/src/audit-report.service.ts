import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { RequestContext, excelDay, dayText, layoutTable, XLSX_DATE_FORMAT } from '@app/platform';
import { clauseTitle, compareClauses, NC_STATUS_NAMES } from '@app/capa';
import { AUDIT_LIFECYCLE, AUDIT_WRITABLE, FINDING_TYPES, FindingType } from './audit.entity';
import { AuditsService, AuditView } from './audits.service';
import { ChecklistsService, ChecklistView } from './checklists.service';
import { FindingsService, FindingView } from './findings.service';

export const FINDING_TYPE_NAMES: Record<FindingType, string> = {
  MAJOR_NC: 'Không phù hợp nặng',
  MINOR_NC: 'Không phù hợp nhẹ',
  OBSERVATION: 'Khuyến nghị',
  OFI: 'Cơ hội cải tiến',
};

export type ClauseRow = { clause: string; clauseTitle: string | null; total: number } & Record<
  FindingType,
  number
>;

export interface AuditReport {
  audit: AuditView;
  checklist: ChecklistView['summary'];
  byType: Record<FindingType, number>;
  /** Findings counted by clause (in the standard's order) and type. */
  byClause: ClauseRow[];
  findings: FindingView[];
}

/** The report of an audit once REPORTED: findings by clause and type, as JSON or a spreadsheet. */
@Injectable()
export class AuditReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audits: AuditsService,
    private readonly checklists: ChecklistsService,
    private readonly findings: FindingsService,
  ) {}

  async get(ctx: RequestContext, auditId: string): Promise<AuditReport> {
    const audit = await this.audits.findReadable(ctx, auditId);
    AUDIT_LIFECYCLE.requireState(audit.status, ...AUDIT_WRITABLE.report);
    const manager = this.dataSource.manager;
    const [view] = await this.audits.views(manager, [audit]);
    const checklist = await this.checklists.view(manager, audit);
    const findings = await this.findings.views(manager, await this.findings.findingsOf(manager, audit.id));
    const empty = () => Object.fromEntries(FINDING_TYPES.map((t) => [t, 0])) as Record<FindingType, number>;
    const byType = empty();
    const rows = new Map<string, ClauseRow>();
    for (const f of findings) {
      const type = f.type as FindingType;
      byType[type] += 1;
      const row = rows.get(f.clause) ?? {
        clause: f.clause,
        clauseTitle: clauseTitle(f.clause),
        total: 0,
        ...empty(),
      };
      row[type] += 1;
      row.total += 1;
      rows.set(f.clause, row);
    }
    return {
      audit: view,
      checklist: checklist.summary,
      byType,
      byClause: [...rows.values()].sort((a, b) => compareClauses(a.clause, b.clause)),
      findings,
    };
  }

  async xlsx(ctx: RequestContext, auditId: string): Promise<Buffer> {
    const report = await this.get(ctx, auditId);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ISO điện tử';

    const summary = workbook.addWorksheet('Tổng hợp');
    summary.columns = [
      { header: 'Điều khoản', key: 'clause', width: 12 },
      { header: 'Tên điều khoản', key: 'title', width: 50 },
      ...FINDING_TYPES.map((t) => ({ header: FINDING_TYPE_NAMES[t], key: t, width: 18 })),
      { header: 'Tổng cộng', key: 'total', width: 12 },
    ];
    for (const row of report.byClause) {
      summary.addRow({ ...row, title: row.clauseTitle });
    }
    const totals = summary.addRow({ clause: 'Tổng cộng', ...report.byType, total: report.findings.length });
    totals.font = { bold: true };
    layoutTable(summary, summary.getRow(1), { landscape: true, wrap: ['title'] });

    const list = workbook.addWorksheet('Danh sách phát hiện');
    list.columns = [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Điều khoản', key: 'clause', width: 12 },
      { header: 'Tên điều khoản', key: 'title', width: 40 },
      { header: 'Loại phát hiện', key: 'type', width: 20 },
      { header: 'Mô tả', key: 'description', width: 60 },
      { header: 'Bằng chứng', key: 'evidence', width: 50 },
      { header: 'Ngày ghi nhận', key: 'loggedOn', width: 14 },
      { header: 'Tình trạng khắc phục', key: 'nc', width: 26 },
      { header: 'Tệp đính kèm', key: 'files', width: 30 },
    ];
    const ordered = [...report.findings].sort(
      (a, b) =>
        compareClauses(a.clause, b.clause) ||
        FINDING_TYPES.indexOf(a.type as FindingType) - FINDING_TYPES.indexOf(b.type as FindingType),
    );
    ordered.forEach((f, index) =>
      list.addRow({
        no: index + 1,
        clause: f.clause,
        title: f.clauseTitle,
        type: FINDING_TYPE_NAMES[f.type as FindingType] ?? f.type,
        description: f.description,
        evidence: f.evidence,
        loggedOn: excelDay(f.createdAt),
        nc: f.nonconformity ? (NC_STATUS_NAMES[f.nonconformity.status] ?? f.nonconformity.status) : null,
        files: f.attachments.map((a) => a.name).join(', ') || null,
      }),
    );

    layoutTable(list, list.getRow(1), {
      landscape: true,
      dates: ['loggedOn'],
      wrap: ['title', 'description', 'evidence', 'files'],
    });

    const info = workbook.addWorksheet('Thông tin chung');
    info.columns = [
      { header: 'Mục', key: 'k', width: 28 },
      { header: 'Nội dung', key: 'v', width: 80 },
    ];
    const a = report.audit;
    for (const [k, v] of [
      ['Cuộc đánh giá', a.title],
      ['Chuẩn mực đánh giá', a.criteria],
      ['Thời gian dự kiến', `${dayText(a.plannedStart)} – ${dayText(a.plannedEnd)}`],
      ['Quá trình được đánh giá', a.scope.processes.join('; ')],
      ['Điều khoản được đánh giá', a.scope.clauses.join(', ')],
      ['Đơn vị được đánh giá', a.scope.units.join('; ') || 'Toàn cơ quan'],
      ['Ngày báo cáo', excelDay(a.reportedAt) ?? ''],
      ['Kết luận', a.reportSummary ?? ''],
      [
        'Câu hỏi đánh giá',
        `${report.checklist.total} (phù hợp ${report.checklist.conforming}, không phù hợp ${report.checklist.nonconforming}, không áp dụng ${report.checklist.notApplicable}, chưa trả lời ${report.checklist.unanswered})`,
      ],
    ] as [string, string | Date][]) {
      const row = info.addRow({ k, v });
      if (v instanceof Date) row.getCell('v').numFmt = XLSX_DATE_FORMAT;
    }
    layoutTable(info, info.getRow(1), { landscape: false, wrap: ['v'] });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
