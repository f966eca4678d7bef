import { Injectable } from '@nestjs/common';
import {
  DomainError,
  domainEvent,
  fetchPage,
  findReadable,
  isUniqueViolation,
  Page,
  RequestContext,
  rowsByKey,
  scopeList,
  UnitOfWork,
} from '@app/platform';
import { assertAgencyActive, assertMayActIn, PROGRAMME_MANAGERS, qualitySystemOf } from './audit-access';
import { AuditProgramme, PROGRAMME_HISTORY } from './audit.entity';
import { CreateAuditProgrammeDto, ListAuditProgrammesQuery } from './dto/audit.dto';

export interface AuditProgrammeView {
  id: string;
  agencyId: string;
  qualitySystemId: string;
  year: number;
  objectives: string;
  createdBy: string | null;
  createdAt: Date;
  version: number;
  /** Audits of the programme by status: the yearly internal audit is done once one is REPORTED or CLOSED. */
  audits: { total: number; byStatus: Record<string, number> };
}

const SORTABLE = { year: 'p.year', createdAt: 'p.created_at' };

/**
 * The yearly internal audit programme of each QMS. The yearly obligation itself (at least one
 * internal audit per QMS and year) is a periodic deadline of the deadlines lib, met when an
 * audit of the QMS is reported.
 */
@Injectable()
export class AuditProgrammesService {
  constructor(private readonly uow: UnitOfWork) {}

  async list(ctx: RequestContext, query: ListAuditProgrammesQuery): Promise<Page<AuditProgrammeView>> {
    const qb = scopeList(this.uow.dataSource.getRepository(AuditProgramme).createQueryBuilder('p'), ctx, {
      agency_id: query.agencyId,
      quality_system_id: query.qualitySystemId,
      year: query.year,
    });
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'year', 'DESC');
    const counts = await this.auditCounts(rows.map((p) => p.id));
    return query.result(
      rows.map((p) => toView(p, counts.get(p.id))),
      total,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<AuditProgrammeView> {
    const programme = await this.findReadable(ctx, id);
    return toView(programme, (await this.auditCounts([id])).get(id));
  }

  async findReadable(ctx: RequestContext, id: string): Promise<AuditProgramme> {
    const programme = await findReadable(this.uow.manager, ctx, AuditProgramme, id, 'auditProgramme');
    return programme;
  }

  async create(ctx: RequestContext, dto: CreateAuditProgrammeDto): Promise<AuditProgrammeView> {
    assertMayActIn(ctx, dto.agencyId, PROGRAMME_MANAGERS);
    try {
      const programme = await this.uow.run(ctx, async (tx) => {
        await assertAgencyActive(tx.manager, dto.agencyId);
        const qualitySystemId = await qualitySystemOf(tx.manager, dto.agencyId);
        const created = tx.manager.create(AuditProgramme, {
          agencyId: dto.agencyId,
          qualitySystemId,
          year: dto.year,
          objectives: dto.objectives.normalize('NFC'),
          createdBy: ctx.userId,
          version: 1,
        });
        await PROGRAMME_HISTORY.create(tx, created, {
          data: { year: dto.year, qualitySystemId },
          event: (row) =>
            domainEvent('auditProgramme.created', {
              programmeId: row.id,
              agencyId: dto.agencyId,
              year: dto.year,
            }),
        });
        return created;
      });
      return toView(programme);
    } catch (error) {
      if (isUniqueViolation(error, 'audit_programmes_qms_year')) {
        throw new DomainError('DUPLICATE', { resource: 'auditProgramme', field: 'year', value: dto.year });
      }
      throw error;
    }
  }

  private async auditCounts(ids: string[]): Promise<Map<string, AuditProgrammeView['audits']>> {
    return rowsByKey(
      this.uow.dataSource,
      `SELECT programme_id, status, count(*)::text AS n FROM audits WHERE programme_id = ANY($1::uuid[])
        GROUP BY 1, 2`,
      ids,
      'programme_id',
      (
        row: { programme_id: string; status: string; n: string },
        entry: AuditProgrammeView['audits'] | undefined,
      ) => {
        const counts = entry ?? { total: 0, byStatus: {} };
        counts.total += Number(row.n);
        counts.byStatus[row.status] = Number(row.n);
        return counts;
      },
    );
  }
}

function toView(
  p: AuditProgramme,
  audits: AuditProgrammeView['audits'] = { total: 0, byStatus: {} },
): AuditProgrammeView {
  return {
    id: p.id,
    agencyId: p.agencyId,
    qualitySystemId: p.qualitySystemId,
    year: p.year,
    objectives: p.objectives,
    createdBy: p.createdBy,
    createdAt: p.createdAt,
    version: p.version,
    audits,
  };
}
