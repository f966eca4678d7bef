import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '@app/platform';
import { ProvinceDashboardService, ProvinceQuery } from '@app/oversight';

@ApiTags('oversight: dashboards')
@ApiBearerAuth()
@Controller('dashboards')
export class DashboardsController {
  constructor(private readonly dashboard: ProvinceDashboardService) {}

  @Get('province')
  province(@Ctx() ctx: RequestContext, @Query() query: ProvinceQuery) {
    return this.dashboard.get(ctx, query.provinceAgencyId);
  }

  /** The Ministry of Science and Technology's view: one row per province, with its dashboard's totals. */
  @Get('national')
  national(@Ctx() ctx: RequestContext) {
    return this.dashboard.national(ctx);
  }
}
