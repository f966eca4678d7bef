import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, DomainError, RequestContext, toBusinessDate } from '@app/platform';
import { agencyIssuer } from '@app/organization';
import {
  AnnualReportQuery,
  AnnualReportsService,
  DECLARATION_STATUS_NAMES,
  DeclarationsService,
  FIGURE_ROWS,
  figureValue,
  REPORT_STATUS_NAMES,
} from '@app/oversight';
import { renderPdf } from './layout/pdf-renderer';
import { annualReportForm, declarationForm } from './forms/report-forms';
import { asciiName, PDF_TYPE, PrintedFile } from './printing.service';
import { SystemSeal } from './system-seal';

/** The annual report and the conformity declaration as PDF documents in the form of Nghị định 30/2020. */
@Injectable()
export class OversightPrintsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly reports: AnnualReportsService,
    private readonly declarations: DeclarationsService,
    private readonly seal: SystemSeal,
  ) {}

  async annualReport(ctx: RequestContext, query: AnnualReportQuery): Promise<PrintedFile> {
    const report = await this.reports.annual(ctx, query);
    const { figures } = report;
    const issuer = await agencyIssuer(this.dataSource.manager, report.agencyId);
    if (!issuer) throw DomainError.notFound('agency');
    const printable = annualReportForm({
      issuer,
      year: figures.year,
      date: report.submittedAt ? toBusinessDate(report.submittedAt) : this.clock.today(),
      statusLabel: REPORT_STATUS_NAMES[report.status] ?? report.status,
      qualitySystemName: figures.qualitySystem?.name ?? null,
      period: figures.period,
      sections: FIGURE_ROWS.map((s) => ({
        section: s.section,
        rows: s.rows.map((r) => ({ label: r.label, value: formatNumber(figureValue(figures, r.key)) })),
      })),
      declaration: {
        status: DECLARATION_STATUS_NAMES[figures.declaration.status] ?? figures.declaration.status,
        number: figures.declaration.decisionNumber,
        date: figures.declaration.decisionDate,
      },
      assessment: report.assessment,
      difficulties: report.difficulties,
      proposals: report.proposals,
    });
    const pdf = await renderPdf(printable, this.clock.now());
    return {
      body: await this.seal.seal(pdf, `Báo cáo HTQLCL năm ${figures.year} của ${issuer.name}`),
      filename: `bao-cao-htqlcl-${asciiName(figures.agency.code)}-${figures.year}.pdf`,
      contentType: PDF_TYPE,
    };
  }

  async declaration(ctx: RequestContext, id: string): Promise<PrintedFile> {
    const declaration = await this.declarations.get(ctx, id);
    const issuer = await agencyIssuer(this.dataSource.manager, declaration.agencyId);
    if (!issuer) throw DomainError.notFound('agency');
    const printable = declarationForm({
      issuer,
      decisionNumber: declaration.decisionNumber,
      decisionDate: declaration.decisionDate,
      signerName: declaration.signerName,
      signerTitle: declaration.signerTitle,
      scope: declaration.scope,
      administrativeProcedureCodes: declaration.administrativeProcedureCodes,
    });
    const pdf = await renderPdf(printable, this.clock.now());
    return {
      body: await this.seal.seal(pdf, `Quyết định công bố ${declaration.decisionNumber}`),
      filename: `quyet-dinh-cong-bo-${asciiName(declaration.decisionNumber)}.pdf`,
      contentType: PDF_TYPE,
    };
  }
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN').format(value);
}
