import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
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
  CloseRecordFileDto,
  CreateDisposalDto,
  CreateProcedureRecordDto,
  CreateRecordFileDto,
  CreateRecordListDto,
  LegalHoldDto,
  ListDisposalsQuery,
  ListProcedureRecordsQuery,
  ListRecordFilesQuery,
  ListRecordListsQuery,
  ProcedureRecordsService,
  RECORD_FILES_EXPORT_LIMIT,
  RecordDisposalsService,
  RecordFilesService,
  RecordItemMetadataQuery,
  RecordListFormatQuery,
  RecordListsService,
  recordFilesWorkbook,
  UpdateProcedureRecordDto,
  UpdateRecordListDto,
} from '@app/records';
import { uuidPipe } from '../http/uuid.pipe';
import { sendXlsx } from '../http/xlsx-response';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('records')
@ApiBearerAuth()
@Controller()
export class RecordsController {
  constructor(
    private readonly procedureRecords: ProcedureRecordsService,
    private readonly lists: RecordListsService,
    private readonly files: RecordFilesService,
    private readonly disposals: RecordDisposalsService,
  ) {}

  @Get('procedure-records')
  listProcedureRecords(@Ctx() ctx: RequestContext, @Query() query: ListProcedureRecordsQuery) {
    return this.procedureRecords.list(ctx, query);
  }

  @Post('procedure-records')
  createProcedureRecord(@Ctx() ctx: RequestContext, @Body() dto: CreateProcedureRecordDto) {
    return this.procedureRecords.create(ctx, dto);
  }

  @Get('procedure-records/:id')
  getProcedureRecord(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.procedureRecords.get(ctx, id);
  }

  @Patch('procedure-records/:id')
  updateProcedureRecord(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateProcedureRecordDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.procedureRecords.update(ctx, id, withVersion(dto, version));
  }

  @Get('record-lists')
  listRecordLists(@Ctx() ctx: RequestContext, @Query() query: ListRecordListsQuery) {
    return this.lists.list(ctx, query);
  }

  @Post('record-lists')
  createRecordList(@Ctx() ctx: RequestContext, @Body() dto: CreateRecordListDto) {
    return this.lists.create(ctx, dto);
  }

  @Get('record-lists/:id')
  @ApiProduces('application/json', XLSX)
  async getRecordList(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: RecordListFormatQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.lists.get(ctx, id);
    const { list, body, agencyCode } = await this.lists.export(ctx, id);
    response.setHeader('Content-Type', XLSX);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="danh-muc-ho-so-${agencyCode}-${list.year}.xlsx"`,
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(body);
  }

  @Patch('record-lists/:id')
  updateRecordList(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateRecordListDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.lists.update(ctx, id, withVersion(dto, version));
  }

  @Get('record-files')
  @ApiProduces('application/json', XLSX)
  async listRecordFiles(
    @Ctx() ctx: RequestContext,
    @Query() query: ListRecordFilesQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.files.list(ctx, query);
    const page = await this.files.list(ctx, query, { limit: RECORD_FILES_EXPORT_LIMIT });
    sendXlsx(response, 'ho-so.xlsx', await recordFilesWorkbook(page.items));
  }

  @Post('record-files')
  createRecordFile(@Ctx() ctx: RequestContext, @Body() dto: CreateRecordFileDto) {
    return this.files.create(ctx, dto);
  }

  @Get('record-files/:id')
  getRecordFile(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.files.get(ctx, id);
  }

  @Post('record-files/:id/close')
  @HttpCode(200)
  closeRecordFile(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CloseRecordFileDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.files.close(ctx, id, withVersion(dto, version));
  }

  @Post('record-files/:id/legal-hold')
  @HttpCode(200)
  holdRecordFile(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: LegalHoldDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.files.hold(ctx, id, withVersion(dto, version));
  }

  @Post('record-files/:id/legal-hold/release')
  @HttpCode(200)
  releaseRecordFile(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: LegalHoldDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.files.release(ctx, id, withVersion(dto, version));
  }

  @Get('record-files/:id/items')
  recordItems(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Query() query: PageQuery) {
    return this.files.items(ctx, id, query);
  }

  @Post('record-files/:id/items')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  addRecordItem(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() metadata: RecordItemMetadataQuery,
    @Req() request: Request,
  ) {
    return this.files.upload(ctx, id, metadata, request);
  }

  @Get('record-files/:id/items/:itemId/content')
  @ApiProduces('application/octet-stream')
  async recordItemContent(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('itemId', uuidPipe) itemId: string,
    @Query() query: StoredFileContentQuery,
    @Res() response: Response,
  ) {
    await this.files.download(ctx, id, itemId, response, query.redirect === '1');
  }

  @Get('record-disposals')
  listDisposals(@Ctx() ctx: RequestContext, @Query() query: ListDisposalsQuery) {
    return this.disposals.list(ctx, query);
  }

  @Post('record-disposals')
  createDisposal(@Ctx() ctx: RequestContext, @Body() dto: CreateDisposalDto) {
    return this.disposals.create(ctx, dto);
  }

  @Get('record-disposals/:id')
  getDisposal(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.disposals.get(ctx, id);
  }
}
