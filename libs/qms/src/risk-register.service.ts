import { Injectable } from '@nestjs/common';
import { bilingualDetail, Clock, DomainError, ReadReplica, RequestContext } from '@app/platform';
import { findAgency } from '@app/organization';
import { userFullNames } from '@app/reporting';
import { ListRisksQuery } from './dto/qms.dto';
import { riskRegisterWorkbook } from './risk-register.xlsx';
import { RISK_EXPORT_LIMIT, RisksService } from './risks.service';

/** The risk register of one agency as XLSX (`GET /risks?agencyId=&format=xlsx`). */
@Injectable()
export class RiskRegisterService {
  constructor(
    private readonly replica: ReadReplica,
    private readonly clock: Clock,
    private readonly risks: RisksService,
  ) {}

  async export(ctx: RequestContext, query: ListRisksQuery): Promise<Buffer> {
    if (!query.agencyId) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail(
          'agencyId',
          'Sổ đăng ký rủi ro được xuất cho một cơ quan: nêu agencyId',
          'the register is exported for one agency: give agencyId',
        ),
      ]);
    }
    const agencyId = query.agencyId;
    // an export, nothing written after: on the replica
    const input = await this.replica.run(ctx, async (manager) => {
      const page = await this.risks.list(ctx, query, { limit: RISK_EXPORT_LIMIT, manager });
      const agency = await findAgency(manager, agencyId);
      if (!agency) throw DomainError.notFound('agency');
      const actions = await this.risks.actionsOf(
        manager,
        page.items.map((r) => r.id),
      );
      const owners = [...new Set([...actions.values()].flat().map((a) => a.ownerId))];
      return {
        agencyName: agency.name,
        asOf: this.clock.today(),
        risks: page.items,
        actions,
        ownerNames: await userFullNames(manager, owners),
        thresholds: (await this.risks.thresholdsOf(manager, [agencyId])).get(agencyId)!,
      };
    });
    return riskRegisterWorkbook(input);
  }
}
