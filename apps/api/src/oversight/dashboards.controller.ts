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
}
