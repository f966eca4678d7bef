import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, ExpectedVersion, RequestContext } from '@app/platform';
import {
  AnnualReportActionDto,
  AnnualReportQuery,
  AnnualReportsService,
  CreateAnnualReportDto,
  ListAnnualReportsQuery,
  ProvinceAnnualReportQuery,
  ReturnAnnualReportDto,
  UpdateAnnualReportDto,
} from '@app/oversight';
import { OversightPrintsService } from '@app/printing';
import { uuidPipe } from '../http/uuid.pipe';
import { sendPrinted } from '../printing/printing.controller';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendXlsx(response: Response, body: Buffer, filename: string): void {
  response.setHeader('Content-Type', XLSX);
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(body);
}

@ApiTags('oversight: annual reports')
@ApiBearerAuth()
@Controller()
export class AnnualReportsController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly prints: OversightPrintsService,
  ) {}

  @Get('reports/annual')
  @ApiProduces('application/json', XLSX, 'application/pdf')
  async annual(
    @Ctx() ctx: RequestContext,
    @Query() query: AnnualReportQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format === 'pdf') return sendPrinted(response, await this.prints.annualReport(ctx, query));
    const report = await this.reports.annual(ctx, query);
    if (query.format !== 'xlsx') return report;
    sendXlsx(
      response,
      await this.reports.xlsx(report),
      `bao-cao-htqlcl-${report.figures.agency.code}-${query.year}.xlsx`,
    );
  }

  @Get('reports/annual/province')
  @ApiProduces('application/json', XLSX)
  async province(
    @Ctx() ctx: RequestContext,
    @Query() query: ProvinceAnnualReportQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    const rollup = await this.reports.provinceRollup(ctx, query);
    if (query.format !== 'xlsx') return rollup;
    sendXlsx(
      response,
      await this.reports.provinceRollupXlsx(rollup),
      `tong-hop-bao-cao-htqlcl-${query.year}.xlsx`,
    );
  }

  @Get('annual-reports')
  list(@Ctx() ctx: RequestContext, @Query() query: ListAnnualReportsQuery) {
    return this.reports.list(ctx, query);
  }

  @Post('annual-reports')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateAnnualReportDto) {
    return this.reports.create(ctx, dto);
  }

  @Get('annual-reports/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.reports.get(ctx, id);
  }

  @Patch('annual-reports/:id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateAnnualReportDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reports.update(ctx, id, dto, version);
  }

  @Post('annual-reports/:id/compile')
  @HttpCode(200)
  compile(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() _dto: AnnualReportActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reports.recompile(ctx, id, version);
  }

  @Post('annual-reports/:id/submit')
  @HttpCode(200)
  submit(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() _dto: AnnualReportActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reports.submit(ctx, id, version);
  }

  @Post('annual-reports/:id/accept')
  @HttpCode(200)
  accept(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() _dto: AnnualReportActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reports.decide(ctx, id, 'ACCEPTED', null, version);
  }

  @Post('annual-reports/:id/return')
  @HttpCode(200)
  giveBack(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReturnAnnualReportDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reports.decide(ctx, id, 'DRAFT', dto.reason.normalize('NFC').trim(), version);
  }
}
