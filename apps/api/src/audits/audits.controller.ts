import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  Ctx,
  ExpectedVersion,
  PageQuery,
  RequestContext,
  StoredFileContentQuery,
  withVersion,
} from '@app/platform';
import {
  AnswerDto,
  AuditActionDto,
  AuditorUnitsService,
  AuditProgrammesService,
  AuditReportService,
  AuditsService,
  ChecklistItemDto,
  ChecklistsService,
  CreateAuditDto,
  CreateAuditProgrammeDto,
  CreateFindingDto,
  FindingsService,
  ListAuditProgrammesQuery,
  ListAuditsQuery,
  ListFindingsQuery,
  PutAuditorUnitDto,
  PutChecklistDto,
  ReplanAuditDto,
  ReportAuditDto,
  ReportQuery,
  VersionedDto,
} from '@app/audits';
import { uuidPipe } from '../http/uuid.pipe';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('internal audit')
@ApiBearerAuth()
@Controller()
export class AuditsController {
  constructor(
    private readonly programmes: AuditProgrammesService,
    private readonly audits: AuditsService,
    private readonly checklists: ChecklistsService,
    private readonly findings: FindingsService,
    private readonly reports: AuditReportService,
    private readonly auditorUnits: AuditorUnitsService,
  ) {}

  @Get('audit-programmes')
  programmesList(@Ctx() ctx: RequestContext, @Query() query: ListAuditProgrammesQuery) {
    return this.programmes.list(ctx, query);
  }

  @Post('audit-programmes')
  createProgramme(@Ctx() ctx: RequestContext, @Body() dto: CreateAuditProgrammeDto) {
    return this.programmes.create(ctx, dto);
  }

  @Get('audit-programmes/:id')
  programme(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.programmes.get(ctx, id);
  }

  @Get('audits')
  list(@Ctx() ctx: RequestContext, @Query() query: ListAuditsQuery) {
    return this.audits.list(ctx, query);
  }

  @Post('audits')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateAuditDto) {
    return this.audits.create(ctx, dto);
  }

  @Get('audits/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.audits.get(ctx, id);
  }

  /** A planned audit's dates and team changed (PLANNED only; audit trail entry `replan`). */
  @Patch('audits/:id')
  replan(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReplanAuditDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.audits.replan(ctx, id, withVersion(dto, version));
  }

  @Post('audits/:id/start')
  @HttpCode(200)
  start(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AuditActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.audits.start(ctx, id, withVersion(dto, version));
  }

  @Post('audits/:id/report')
  @HttpCode(200)
  report(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReportAuditDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.audits.report(ctx, id, withVersion(dto, version));
  }

  @Get('audits/:id/report')
  @ApiProduces('application/json', XLSX)
  async reportOf(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: ReportQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.reports.get(ctx, id);
    const body = await this.reports.xlsx(ctx, id);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', `attachment; filename="bao-cao-danh-gia-noi-bo-${id}.xlsx"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(body);
  }

  @Post('audits/:id/close')
  @HttpCode(200)
  close(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AuditActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.audits.close(ctx, id, withVersion(dto, version));
  }

  @Get('audits/:id/checklist')
  checklist(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.checklists.get(ctx, id);
  }

  @Put('audits/:id/checklist')
  putChecklist(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: PutChecklistDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.checklists.replace(ctx, id, withVersion(dto, version));
  }

  @Post('audits/:id/checklist/copy-from/:otherAuditId')
  @HttpCode(200)
  copyChecklist(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('otherAuditId', uuidPipe) otherAuditId: string,
    @Body() dto: VersionedDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.checklists.copyFrom(ctx, id, otherAuditId, withVersion(dto, version));
  }

  @Post('audits/:id/checklist/items')
  addChecklistItem(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ChecklistItemDto,
  ) {
    return this.checklists.addItem(ctx, id, dto);
  }

  @Put('audits/:id/checklist/items/:itemId/answer')
  answer(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('itemId', uuidPipe) itemId: string,
    @Body() dto: AnswerDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.checklists.answer(ctx, id, itemId, withVersion(dto, version));
  }

  @Get('audits/:id/findings')
  findingsOf(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: ListFindingsQuery,
  ) {
    return this.findings.list(ctx, id, query);
  }

  @Post('audits/:id/findings')
  logFinding(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Body() dto: CreateFindingDto) {
    return this.findings.create(ctx, id, dto);
  }

  @Get('findings/:id')
  finding(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.findings.get(ctx, id);
  }

  @Get('findings/:id/attachments')
  attachments(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Query() query: PageQuery) {
    return this.findings.attachments(ctx, id, query);
  }

  @Post('findings/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  attach(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Req() request: Request) {
    return this.findings.upload(ctx, id, request);
  }

  @Get('findings/:id/attachments/:attachmentId/content')
  @ApiProduces('application/octet-stream')
  async attachmentContent(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('attachmentId', uuidPipe) attachmentId: string,
    @Query() query: StoredFileContentQuery,
    @Res() response: Response,
  ) {
    await this.findings.download(ctx, id, attachmentId, response, query.redirect === '1');
  }

  @Get('agencies/:id/auditors')
  auditorsOf(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string, @Query() query: PageQuery) {
    return this.auditorUnits.list(ctx, agencyId, query);
  }

  @Put('agencies/:id/auditors/:userId')
  putAuditorUnit(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) agencyId: string,
    @Param('userId', uuidPipe) userId: string,
    @Body() dto: PutAuditorUnitDto,
  ) {
    return this.auditorUnits.put(ctx, agencyId, userId, dto);
  }
}
