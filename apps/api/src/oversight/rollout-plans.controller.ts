import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx, RequestContext } from '@app/platform';
import {
  CreateRolloutPlanDto,
  ImportRolloutPlanQuery,
  ListRolloutPlansQuery,
  RolloutPlansService,
} from '@app/oversight';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('oversight: rollout plans')
@ApiBearerAuth()
@Controller('rollout-plans')
export class RolloutPlansController {
  constructor(private readonly plans: RolloutPlansService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListRolloutPlansQuery) {
    return this.plans.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateRolloutPlanDto) {
    return this.plans.create(ctx, dto);
  }

  @Post('import')
  @ApiConsumes(
    'text/csv',
    'multipart/form-data',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiBody({
    description:
      'CSV (UTF-8; comma or semicolon separated, as Excel saves it) or XLSX (first worksheet) with columns no, name, tier, district, eiso_target_year (or code instead of name)',
    schema: { type: 'string' },
  })
  import(@Ctx() ctx: RequestContext, @Query() query: ImportRolloutPlanQuery, @Req() request: Request) {
    return this.plans.import(ctx, query, request);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.plans.get(ctx, id);
  }

  @Get(':id/progress')
  progress(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.plans.progress(ctx, id);
  }
}
