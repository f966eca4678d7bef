import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createValidationPipe, Ctx, ExpectedVersion, RequestContext, withVersion } from '@app/platform';
import { readTableBody } from '@app/oversight';
import {
  CloseObjectiveDto,
  CreateMeasurementDto,
  CreateQualityObjectiveDto,
  ListPerformanceImportsQuery,
  ListQualityObjectivesQuery,
  ObjectivesService,
  objectivesWorkbook,
  PerformanceImportBody,
  PerformanceImportQuery,
  ProcessPerformanceQuery,
  ProcessPerformanceService,
  QMS_EXPORT_LIMIT,
  rowsOfTable,
} from '@app/qms';
import { uuidPipe } from '../http/uuid.pipe';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../http/xlsx-response';

@ApiTags('quality: objectives and process performance')
@ApiBearerAuth()
@Controller()
export class QualityObjectivesController {
  constructor(
    private readonly objectives: ObjectivesService,
    private readonly performance: ProcessPerformanceService,
  ) {}

  @Get('quality-objectives')
  @ApiOperation({ summary: 'Danh sách mục tiêu chất lượng (format=xlsx: bảng theo dõi)' })
  @ApiProduces('application/json', XLSX_CONTENT_TYPE)
  async list(
    @Ctx() ctx: RequestContext,
    @Query() query: ListQualityObjectivesQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.objectives.list(ctx, query);
    const page = await this.objectives.list(ctx, query, { limit: QMS_EXPORT_LIMIT });
    sendXlsx(response, 'muc-tieu-chat-luong.xlsx', await objectivesWorkbook(page.items));
  }

  @Post('quality-objectives')
  @ApiOperation({ summary: 'Thiết lập mục tiêu chất lượng' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateQualityObjectiveDto) {
    return this.objectives.create(ctx, dto);
  }

  @Get('quality-objectives/:id')
  @ApiOperation({ summary: 'Xem mục tiêu chất lượng và kết quả đo' })
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.objectives.get(ctx, id);
  }

  @Post('quality-objectives/:id/measurements')
  @ApiOperation({ summary: 'Ghi kết quả đo mục tiêu chất lượng của một kỳ' })
  measure(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Body() dto: CreateMeasurementDto) {
    return this.objectives.measure(ctx, id, dto);
  }

  @Post('quality-objectives/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kết thúc theo dõi mục tiêu chất lượng' })
  close(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CloseObjectiveDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.objectives.close(ctx, id, withVersion(dto, version));
  }

  @Get('process-performance')
  @ApiOperation({ summary: 'Kết quả giải quyết TTHC theo cơ quan hoặc theo tỉnh' })
  report(@Ctx() ctx: RequestContext, @Query() query: ProcessPerformanceQuery) {
    return this.performance.report(ctx, query);
  }

  @Get('process-performance/imports')
  @ApiOperation({ summary: 'Các lần nhập số liệu giải quyết TTHC' })
  imports(@Ctx() ctx: RequestContext, @Query() query: ListPerformanceImportsQuery) {
    return this.performance.imports(ctx, query);
  }

  @Post('process-performance/imports')
  @ApiOperation({ summary: 'Nhập số liệu giải quyết TTHC của một kỳ từ Hệ thống một cửa' })
  @ApiConsumes(
    'application/json',
    'text/csv',
    'multipart/form-data',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiBody({
    description:
      'JSON { rows: [{ procedureCode, procedureName?, received, onTime, late, pending }] }, or CSV (UTF-8, comma or semicolon) / XLSX (first worksheet) with columns procedureCode, procedureName, received, onTime, late, pending (or Mã TTHC, Tên TTHC, Số hồ sơ tiếp nhận, Giải quyết đúng hạn, Giải quyết quá hạn, Đang giải quyết), as the body or the field "file". One upload per agency and period: a new one replaces it.',
    schema: { type: 'string' },
  })
  async import(@Ctx() ctx: RequestContext, @Query() query: PerformanceImportQuery, @Req() request: Request) {
    this.performance.assertMayImport(ctx, query.agencyId);
    if (request.is('application/json')) {
      const body = (await createValidationPipe().transform(request.body, {
        type: 'body',
        metatype: PerformanceImportBody,
      })) as PerformanceImportBody;
      return this.performance.import(ctx, query, body.rows, 'JSON');
    }
    const table = await readTableBody(request);
    const xlsx = /spreadsheetml/i.test(request.headers['content-type'] ?? '');
    return this.performance.import(ctx, query, rowsOfTable(table), xlsx ? 'XLSX' : 'CSV');
  }
}
