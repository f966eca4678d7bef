import { Injectable } from '@nestjs/common';
import { Clock, DomainError, ReadReplica, RequestContext } from '@app/platform';
import { ProvinceDashboard, provinceDashboard } from '@app/reporting';
import { assertOverseesProvince, resolveProvince } from '../oversight-access';

/**
 * The province's dashboard for the Department of Science and Technology. The read model (one
 * query joining five libraries' tables) lives in @app/reporting; this service checks that the
 * reader oversees the province and fixes "now".
 */
@Injectable()
export class ProvinceDashboardService {
  constructor(
    private readonly replica: ReadReplica,
    private readonly clock: Clock,
  ) {}

  async get(ctx: RequestContext, provinceAgencyId?: string): Promise<ProvinceDashboard> {
    const provinceId = resolveProvince(ctx, provinceAgencyId);
    assertOverseesProvince(ctx, provinceId);
    const year = Number(this.clock.today().slice(0, 4));
    const dashboard = await this.replica.run(ctx, (manager) =>
      provinceDashboard(manager, provinceId, this.clock.now(), year),
    );
    if (!dashboard) throw DomainError.notFound('agency');
    return dashboard;
  }
}
