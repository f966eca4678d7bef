import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext } from '@app/platform';
import {
  CreateInspectionDto,
  CreateInspectionPlanDto,
  DecideCorrectiveReportDto,
  InspectionPlansService,
  InspectionsService,
  ListInspectionPlansQuery,
  ListInspectionsQuery,
  SubmitCorrectiveReportDto,
} from '@app/oversight';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('oversight: inspections')
@ApiBearerAuth()
@Controller()
export class InspectionsController {
  constructor(
    private readonly plans: InspectionPlansService,
    private readonly inspections: InspectionsService,
  ) {}

  @Get('inspection-plans')
  listPlans(@Ctx() ctx: RequestContext, @Query() query: ListInspectionPlansQuery) {
    return this.plans.list(ctx, query);
  }

  @Post('inspection-plans')
  createPlan(@Ctx() ctx: RequestContext, @Body() dto: CreateInspectionPlanDto) {
    return this.plans.create(ctx, dto);
  }

  @Get('inspection-plans/:id')
  getPlan(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.plans.get(ctx, id);
  }

  @Get('inspections')
  list(@Ctx() ctx: RequestContext, @Query() query: ListInspectionsQuery) {
    return this.inspections.list(ctx, query);
  }

  @Post('inspections')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateInspectionDto) {
    return this.inspections.create(ctx, dto);
  }

  @Get('inspections/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.inspections.get(ctx, id);
  }

  @Post('inspections/:id/corrective-report')
  @HttpCode(200)
  submitReport(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: SubmitCorrectiveReportDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.inspections.submitReport(ctx, id, dto, version);
  }

  @Post('inspections/:id/corrective-report/accept')
  @HttpCode(200)
  accept(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DecideCorrectiveReportDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.inspections.decideReport(ctx, id, 'ACCEPTED', dto, version);
  }

  @Post('inspections/:id/corrective-report/reject')
  @HttpCode(200)
  reject(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DecideCorrectiveReportDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.inspections.decideReport(ctx, id, 'REJECTED', dto, version);
  }
}
