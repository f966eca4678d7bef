import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Ctx, RequestContext, StoredFileContentQuery } from '@app/platform';
import { CreateTrainingRecordDto, ListTrainingRecordsQuery, TrainingService } from '@app/qms';
import { uuidPipe } from '../http/uuid.pipe';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../http/xlsx-response';

@ApiTags('quality: competence')
@ApiBearerAuth()
@Controller()
export class TrainingRecordsController {
  constructor(private readonly training: TrainingService) {}

  @Get('training-records')
  @ApiOperation({ summary: 'Danh sách hồ sơ đào tạo (format=xlsx: bảng tổng hợp)' })
  @ApiProduces('application/json', XLSX_CONTENT_TYPE)
  async list(
    @Ctx() ctx: RequestContext,
    @Query() query: ListTrainingRecordsQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.training.list(ctx, query);
    sendXlsx(response, 'ho-so-dao-tao.xlsx', await this.training.exportList(ctx, query));
  }

  @Post('training-records')
  @ApiOperation({ summary: 'Ghi hồ sơ đào tạo' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateTrainingRecordDto) {
    return this.training.create(ctx, dto);
  }

  @Get('training-records/:id')
  @ApiOperation({ summary: 'Xem hồ sơ đào tạo' })
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.training.get(ctx, id);
  }

  @Post('training-records/:id/certificate')
  @ApiOperation({ summary: 'Tải lên chứng chỉ đào tạo' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  upload(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Req() request: Request) {
    return this.training.uploadCertificate(ctx, id, request);
  }

  @Get('training-records/:id/certificate/content')
  @ApiOperation({ summary: 'Tải xuống chứng chỉ đào tạo' })
  @ApiProduces('application/octet-stream')
  async content(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: StoredFileContentQuery,
    @Res() response: Response,
  ) {
    await this.training.downloadCertificate(ctx, id, response, query.redirect === '1');
  }
}
