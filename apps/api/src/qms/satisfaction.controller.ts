import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Ctx, ExpectedVersion, RequestContext, withVersion } from '@app/platform';
import { readTableBody } from '@app/oversight';
import {
  AnswerFeedbackDto,
  CreateFeedbackDto,
  CreateSurveyDto,
  feedbackWorkbook,
  FeedbackNonconformityDto,
  ListFeedbackQuery,
  ListSurveysQuery,
  QMS_EXPORT_LIMIT,
  SatisfactionService,
  SurveyImportQuery,
  surveysWorkbook,
} from '@app/qms';
import { uuidPipe } from '../http/uuid.pipe';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../http/xlsx-response';

@ApiTags('quality: satisfaction and feedback')
@ApiBearerAuth()
@Controller()
export class SatisfactionController {
  constructor(private readonly satisfaction: SatisfactionService) {}

  @Get('satisfaction-surveys')
  @ApiOperation({ summary: 'Danh sách đợt khảo sát sự hài lòng (format=xlsx: bảng tổng hợp)' })
  @ApiProduces('application/json', XLSX_CONTENT_TYPE)
  async surveys(
    @Ctx() ctx: RequestContext,
    @Query() query: ListSurveysQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.satisfaction.surveys(ctx, query);
    const page = await this.satisfaction.surveys(ctx, query, { limit: QMS_EXPORT_LIMIT });
    sendXlsx(response, 'khao-sat-su-hai-long.xlsx', await surveysWorkbook(page.items));
  }

  @Post('satisfaction-surveys')
  @ApiOperation({ summary: 'Ghi kết quả một đợt khảo sát sự hài lòng' })
  createSurvey(@Ctx() ctx: RequestContext, @Body() dto: CreateSurveyDto) {
    return this.satisfaction.createSurvey(ctx, dto);
  }

  @Post('satisfaction-surveys/import')
  @ApiOperation({ summary: 'Nhập phiếu khảo sát sự hài lòng từ tệp' })
  @ApiConsumes(
    'text/csv',
    'multipart/form-data',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiBody({
    description:
      'CSV (UTF-8) or XLSX: one row per respondent, one column per question (its header is the question), answers 1–5; an empty cell is a question not answered. A respondent whose mean is 4 or more is satisfied.',
    schema: { type: 'string' },
  })
  async importSurvey(@Ctx() ctx: RequestContext, @Query() query: SurveyImportQuery, @Req() request: Request) {
    this.satisfaction.assertMayImport(ctx, query.agencyId);
    return this.satisfaction.importSurvey(ctx, query, await readTableBody(request));
  }

  @Get('satisfaction-surveys/:id')
  @ApiOperation({ summary: 'Xem đợt khảo sát sự hài lòng' })
  survey(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.satisfaction.survey(ctx, id);
  }

  @Get('feedback')
  @ApiOperation({ summary: 'Sổ theo dõi phản ánh, kiến nghị (format=xlsx: sổ theo dõi)' })
  @ApiProduces('application/json', XLSX_CONTENT_TYPE)
  async feedbackList(
    @Ctx() ctx: RequestContext,
    @Query() query: ListFeedbackQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.satisfaction.feedbackList(ctx, query);
    const page = await this.satisfaction.feedbackList(ctx, query, { limit: QMS_EXPORT_LIMIT });
    sendXlsx(response, 'so-theo-doi-phan-anh-kien-nghi.xlsx', await feedbackWorkbook(page.items));
  }

  @Post('feedback')
  @ApiOperation({ summary: 'Tiếp nhận phản ánh, kiến nghị' })
  logFeedback(@Ctx() ctx: RequestContext, @Body() dto: CreateFeedbackDto) {
    return this.satisfaction.logFeedback(ctx, dto);
  }

  @Get('feedback/:id')
  @ApiOperation({ summary: 'Xem phản ánh, kiến nghị' })
  feedback(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.satisfaction.feedback(ctx, id);
  }

  @Post('feedback/:id/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trả lời phản ánh, kiến nghị' })
  answer(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AnswerFeedbackDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.satisfaction.answer(ctx, id, withVersion(dto, version));
  }

  @Post('feedback/:id/nonconformity')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở sự không phù hợp từ phản ánh' })
  nonconformity(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: FeedbackNonconformityDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.satisfaction.openNonconformity(ctx, id, withVersion(dto, version));
  }
}
