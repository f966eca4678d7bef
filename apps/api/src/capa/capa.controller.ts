import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
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
  AnalysisDto,
  CapaReportsService,
  CloseNonconformityDto,
  CompleteActionDto,
  CorrectiveActionsService,
  CreateCorrectiveActionDto,
  CreateNonconformityDto,
  EvidenceFilesService,
  ListCorrectiveActionsQuery,
  ListNonconformitiesQuery,
  NonconformitiesService,
  NonconformitySummaryQuery,
  ReopenNonconformityDto,
  VerifyDto,
} from '@app/capa';
import { uuidPipe } from '../http/uuid.pipe';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('nonconformities and corrective actions')
@ApiBearerAuth()
@Controller()
export class CapaController {
  constructor(
    private readonly nonconformities: NonconformitiesService,
    private readonly actions: CorrectiveActionsService,
    private readonly reports: CapaReportsService,
    private readonly evidence: EvidenceFilesService,
  ) {}

  @Get('nonconformities')
  @ApiProduces('application/json', XLSX)
  async list(
    @Ctx() ctx: RequestContext,
    @Query() query: ListNonconformitiesQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.nonconformities.list(ctx, query);
    const body = await this.reports.exportLog(ctx, query);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', `attachment; filename="so-theo-doi-hanh-dong-khac-phuc.xlsx"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(body);
  }

  @Post('nonconformities')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateNonconformityDto) {
    return this.nonconformities.create(ctx, dto);
  }

  // before nonconformities/:id, which would take "summary" for an id
  @Get('nonconformities/summary')
  summary(@Ctx() ctx: RequestContext, @Query() query: NonconformitySummaryQuery) {
    return this.nonconformities.summary(ctx, query.agencyId);
  }

  @Get('nonconformities/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.nonconformities.get(ctx, id);
  }

  @Post('nonconformities/:id/analysis')
  @HttpCode(200)
  analyse(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AnalysisDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.nonconformities.analyse(ctx, id, withVersion(dto, version));
  }

  @Get('nonconformities/:id/actions')
  actionsOf(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Query() query: PageQuery) {
    return this.actions.listFor(ctx, id, query);
  }

  @Post('nonconformities/:id/actions')
  addAction(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CreateCorrectiveActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.actions.add(ctx, id, withVersion(dto, version));
  }

  @Post('nonconformities/:id/verify')
  @HttpCode(200)
  verify(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: VerifyDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.nonconformities.verify(ctx, id, withVersion(dto, version));
  }

  @Post('nonconformities/:id/close')
  @HttpCode(200)
  close(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CloseNonconformityDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.nonconformities.close(ctx, id, withVersion(dto, version));
  }

  @Post('nonconformities/:id/reopen')
  @HttpCode(200)
  reopen(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReopenNonconformityDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.nonconformities.reopen(ctx, id, withVersion(dto, version));
  }

  @Get('corrective-actions')
  allActions(@Ctx() ctx: RequestContext, @Query() query: ListCorrectiveActionsQuery) {
    return this.actions.list(ctx, query);
  }

  @Post('corrective-actions/:id/complete')
  @HttpCode(200)
  complete(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CompleteActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.actions.complete(ctx, id, withVersion(dto, version));
  }

  @Get('nonconformities/:id/evidence')
  evidenceOf(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Query() query: PageQuery) {
    return this.evidence.list(ctx, { nonconformityId: id }, query);
  }

  @Post('nonconformities/:id/evidence')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  addEvidence(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Req() request: Request) {
    return this.evidence.upload(ctx, { nonconformityId: id }, request);
  }

  @Get('nonconformities/:id/evidence/:fileId/content')
  @ApiProduces('application/octet-stream')
  async evidenceContent(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('fileId', uuidPipe) fileId: string,
    @Query() query: StoredFileContentQuery,
    @Res() response: Response,
  ) {
    await this.evidence.download(ctx, { nonconformityId: id }, fileId, response, query.redirect === '1');
  }

  @Get('corrective-actions/:id/evidence')
  actionEvidence(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Query() query: PageQuery) {
    return this.evidence.list(ctx, { actionId: id }, query);
  }

  @Post('corrective-actions/:id/evidence')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  addActionEvidence(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Req() request: Request) {
    return this.evidence.upload(ctx, { actionId: id }, request);
  }

  @Get('corrective-actions/:id/evidence/:fileId/content')
  @ApiProduces('application/octet-stream')
  async actionEvidenceContent(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('fileId', uuidPipe) fileId: string,
    @Query() query: StoredFileContentQuery,
    @Res() response: Response,
  ) {
    await this.evidence.download(ctx, { actionId: id }, fileId, response, query.redirect === '1');
  }
}
