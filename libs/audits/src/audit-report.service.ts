import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  addTableSheet,
  dayText,
  excelDay,
  layoutTable,
  newWorkbook,
  RequestContext,
  registerSheet,
  TableSheet,
  workbookBytes,
  XLSX_DATE_FORMAT,
} from '@app/platform';
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

/** Findings counted by clause and type, with a last row of totals. */
const SUMMARY_SHEET: TableSheet<ClauseRow> = {
  name: 'Tổng hợp',
  landscape: true,
  columns: [
    { header: 'Điều khoản', width: 12, cell: (r) => r.clause },
    { header: 'Tên điều khoản', width: 50, cell: (r) => r.clauseTitle, wrap: true },
    ...FINDING_TYPES.map((t) => ({ header: FINDING_TYPE_NAMES[t], width: 18, cell: (r: ClauseRow) => r[t] })),
    { header: 'Tổng cộng', width: 12, cell: (r) => r.total },
  ],
};

/** Every finding, in the standard's order of clauses. */
const FINDINGS_SHEET = registerSheet<FindingView>('Danh sách phát hiện', [
  { header: 'Điều khoản', width: 12, cell: (f) => f.clause },
  { header: 'Tên điều khoản', width: 40, cell: (f) => f.clauseTitle, wrap: true },
  { header: 'Loại phát hiện', width: 20, cell: (f) => FINDING_TYPE_NAMES[f.type as FindingType] ?? f.type },
  { header: 'Mô tả', width: 60, cell: (f) => f.description, wrap: true },
  { header: 'Bằng chứng', width: 50, cell: (f) => f.evidence, wrap: true },
  { header: 'Ngày ghi nhận', width: 14, cell: (f) => excelDay(f.createdAt), date: true },
  {
    header: 'Tình trạng khắc phục',
    width: 26,
    cell: ({ nonconformity: nc }) => (nc ? (NC_STATUS_NAMES[nc.status] ?? nc.status) : null),
  },
  {
    header: 'Tệp đính kèm',
    width: 30,
    cell: (f) => f.attachments.map((a) => a.name).join(', ') || null,
    wrap: true,
  },
]);

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
    const workbook = newWorkbook();
    const summary = addTableSheet(workbook, SUMMARY_SHEET, [
      ...report.byClause,
      { clause: 'Tổng cộng', clauseTitle: null, ...report.byType, total: report.findings.length },
    ]);
    summary.lastRow!.font = { bold: true };
    const ordered = [...report.findings].sort(
      (a, b) =>
        compareClauses(a.clause, b.clause) ||
        FINDING_TYPES.indexOf(a.type as FindingType) - FINDING_TYPES.indexOf(b.type as FindingType),
    );
    addTableSheet(workbook, FINDINGS_SHEET, ordered);

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
    return workbookBytes(workbook);
  }
}
