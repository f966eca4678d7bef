import { Injectable } from '@nestjs/common';
import { Clock, DomainError, ReadReplica, RequestContext } from '@app/platform';
import {
  NationalDashboard,
  ProvinceDashboard,
  nationalDashboard,
  nationalProvinces,
  provinceDashboard,
} from '@app/reporting';
import { overseeingProvince, resolveProvince } from '../oversight-access';

/**
 * The province's dashboard for the Department of Science and Technology, and the national one for
 * the Ministry of Science and Technology. The read models (one query joining five libraries'
 * tables) live in @app/reporting; this service checks that the reader oversees the province (or
 * the nation) and fixes "now". Both read on the replica.
 */
@Injectable()
export class ProvinceDashboardService {
  constructor(
    private readonly replica: ReadReplica,
    private readonly clock: Clock,
  ) {}

  async get(ctx: RequestContext, provinceAgencyId?: string): Promise<ProvinceDashboard> {
    const provinceId = resolveProvince(ctx, provinceAgencyId);
    const year = Number(this.clock.today().slice(0, 4));
    const dashboard = await this.replica.run(ctx, async (manager) => {
      // the province's own OVERSIGHT, or the Ministry's above it (404 unread, 403 without the role)
      if (!ctx.isSystemAdmin && !ctx.hasRole(provinceId, 'OVERSIGHT'))
        await overseeingProvince(manager, ctx, provinceId);
      return provinceDashboard(manager, provinceId, this.clock.now(), year);
    });
    if (!dashboard) throw DomainError.notFound('agency');
    return dashboard;
  }

  /**
   * One row per province with its dashboard's totals: for system administrators and OVERSIGHT
   * of a MINISTRY-level agency (the provinces under it); a province's own oversight gets 403.
   */
  async national(ctx: RequestContext): Promise<NationalDashboard> {
    const overseen = ctx.isSystemAdmin ? null : ctx.agenciesWithRole('OVERSIGHT');
    if (overseen?.length === 0) throw DomainError.forbidden();
    const year = Number(this.clock.today().slice(0, 4));
    return this.replica.run(ctx, async (manager) => {
      const provinces = await nationalProvinces(manager, overseen);
      if (!provinces) throw DomainError.forbidden();
      return nationalDashboard(manager, provinces, this.clock.now(), year);
    });
  }
}
