import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Ctx, ExpectedVersion, Page, PageQuery, RequestContext } from '@app/platform';
import {
  AcknowledgementsService,
  CreateDocumentDto,
  CreatePeriodicReviewDto,
  CreateRevisionDto,
  DocumentsService,
  DocumentVersionsService,
  FileContentQuery,
  ListDocumentsQuery,
  PeriodicReviewsService,
  UpdateDocumentDto,
  UpdateVersionDto,
  VersionView,
} from '@app/documents';
import { PrintingService } from '@app/printing';
import { uuidPipe } from '../http/uuid.pipe';
import { sendPrinted } from '../printing/printing.controller';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly versions: DocumentVersionsService,
    private readonly acknowledgements: AcknowledgementsService,
    private readonly periodicReviews: PeriodicReviewsService,
    private readonly printing: PrintingService,
  ) {}

  @Get('documents')
  @ApiProduces('application/json', XLSX)
  async list(
    @Ctx() ctx: RequestContext,
    @Query() query: ListDocumentsQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.documents.list(ctx, query);
    const body = await this.documents.exportRegister(ctx, query);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', `attachment; filename="danh-muc-tai-lieu.xlsx"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(body);
  }

  @Post('documents')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateDocumentDto) {
    return this.documents.create(ctx, dto);
  }

  @Get('documents/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.documents.get(ctx, id);
  }

  @Patch('documents/:id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateDocumentDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.documents.update(ctx, id, dto, version);
  }

  @Get('documents/:id/versions')
  async versionsOf(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<VersionView>> {
    // a document has a handful of revisions: the page is cut from all of them, newest first
    const all = await this.versions.list(ctx, id);
    const items = all.slice(query.offset, query.offset + query.pageSize);
    return { items, page: query.page, pageSize: query.pageSize, total: all.length };
  }

  @Get('documents/:id/versions/:versionId')
  version(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('versionId', uuidPipe) versionId: string,
  ) {
    return this.versions.get(ctx, id, versionId);
  }

  @Patch('documents/:id/versions/:versionId')
  updateVersion(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('versionId', uuidPipe) versionId: string,
    @Body() dto: UpdateVersionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.versions.update(ctx, id, versionId, dto, version);
  }

  @Post('documents/:id/versions/:versionId/files')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  upload(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('versionId', uuidPipe) versionId: string,
    @Req() request: Request,
  ) {
    return this.versions.upload(ctx, id, versionId, request);
  }

  @Delete('documents/:id/versions/:versionId/files/:fileId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Gỡ tệp khỏi phiên bản dự thảo',
    description:
      'Gỡ tệp khỏi phiên bản dự thảo (không được khi phiên bản đang trình duyệt). Tệp không bị xoá: vẫn tải được theo mã tệp và được ghi trong lịch sử phiên bản.',
  })
  async removeFile(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('versionId', uuidPipe) versionId: string,
    @Param('fileId', uuidPipe) fileId: string,
  ): Promise<void> {
    await this.versions.removeFile(ctx, id, versionId, fileId);
  }

  @Get('documents/:id/periodic-reviews')
  listPeriodicReviews(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: PageQuery,
  ) {
    return this.periodicReviews.list(ctx, id, query);
  }

  @Post('documents/:id/periodic-reviews')
  recordPeriodicReview(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CreatePeriodicReviewDto,
  ) {
    return this.periodicReviews.record(ctx, id, dto);
  }

  @Post('documents/:id/revisions')
  revise(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Body() dto: CreateRevisionDto) {
    return this.versions.createRevision(ctx, id, dto);
  }

  @Post('documents/:id/acknowledgements')
  @HttpCode(200)
  acknowledge(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.acknowledgements.acknowledge(ctx, id);
  }

  @Get('documents/:id/acknowledgements')
  acknowledgementStatus(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.acknowledgements.status(ctx, id);
  }

  @Get('files/:fileId/content')
  @ApiProduces('application/octet-stream', 'application/pdf')
  async content(
    @Ctx() ctx: RequestContext,
    @Param('fileId', uuidPipe) fileId: string,
    @Query() query: FileContentQuery,
    @Res() response: Response,
  ) {
    if (query.controlledCopy) return sendPrinted(response, await this.printing.controlledCopy(ctx, fileId));
    await this.versions.download(ctx, fileId, response, query.redirect === '1');
  }

  @Post('files/:fileId/integrity-check')
  @HttpCode(200)
  checkIntegrity(@Ctx() ctx: RequestContext, @Param('fileId', uuidPipe) fileId: string) {
    return this.versions.checkIntegrity(ctx, fileId);
  }
}
