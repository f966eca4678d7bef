import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, ExpectedVersion, RequestContext, withVersion } from '@app/platform';
import {
  AssessResidualDto,
  CloseRiskDto,
  CompleteRiskActionDto,
  CreateRiskDto,
  ListRisksQuery,
  PlanTreatmentDto,
  PutRiskThresholdsDto,
  ReopenRiskDto,
  ReviewRiskDto,
  RiskRegisterService,
  RisksService,
  UpdateRiskDto,
} from '@app/qms';
import { uuidPipe } from '../http/uuid.pipe';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('quality: risks and opportunities')
@ApiBearerAuth()
@Controller()
export class RisksController {
  constructor(
    private readonly risks: RisksService,
    private readonly register: RiskRegisterService,
  ) {}

  @Get('risks')
  @ApiOperation({ summary: 'Danh sách rủi ro, cơ hội (format=xlsx: sổ đăng ký rủi ro)' })
  @ApiProduces('application/json', XLSX)
  async list(
    @Ctx() ctx: RequestContext,
    @Query() query: ListRisksQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format !== 'xlsx') return this.risks.list(ctx, query);
    const body = await this.register.export(ctx, query);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', 'attachment; filename="so-dang-ky-rui-ro.xlsx"');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(body);
  }

  @Post('risks')
  @ApiOperation({ summary: 'Nhận diện rủi ro, cơ hội' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateRiskDto) {
    return this.risks.create(ctx, dto);
  }

  @Get('risks/:id')
  @ApiOperation({ summary: 'Xem rủi ro, cơ hội' })
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.risks.get(ctx, id);
  }

  @Patch('risks/:id')
  @ApiOperation({ summary: 'Cập nhật mô tả, đánh giá rủi ro' })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateRiskDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.update(ctx, id, withVersion(dto, version));
  }

  @Post('risks/:id/treatment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lập kế hoạch xử lý rủi ro' })
  treat(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: PlanTreatmentDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.planTreatment(ctx, id, withVersion(dto, version));
  }

  @Post('risks/:id/residual')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh giá rủi ro còn lại và hiệu lực xử lý' })
  residual(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AssessResidualDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.assessResidual(ctx, id, withVersion(dto, version));
  }

  @Post('risks/:id/reviews')
  @HttpCode(200)
  @ApiOperation({ summary: 'Xem xét định kỳ rủi ro' })
  review(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReviewRiskDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.review(ctx, id, withVersion(dto, version));
  }

  @Post('risks/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đóng rủi ro' })
  close(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CloseRiskDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.close(ctx, id, withVersion(dto, version));
  }

  @Post('risks/:id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở lại rủi ro' })
  reopen(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReopenRiskDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.reopen(ctx, id, withVersion(dto, version));
  }

  @Post('risk-actions/:id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoàn thành hành động xử lý rủi ro' })
  complete(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CompleteRiskActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.completeAction(ctx, id, withVersion(dto, version));
  }

  @Get('agencies/:id/risk-thresholds')
  @ApiOperation({ summary: 'Xem ngưỡng mức rủi ro của cơ quan' })
  thresholds(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.risks.thresholds(ctx, id);
  }

  @Put('agencies/:id/risk-thresholds')
  @ApiOperation({ summary: 'Đặt ngưỡng mức rủi ro của cơ quan' })
  putThresholds(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: PutRiskThresholdsDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.risks.putThresholds(ctx, id, withVersion(dto, version));
  }
}
