import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertVersion,
  createSubject,
  DomainError,
  Page,
  RequestContext,
  Transaction,
  UnitOfWork,
  isUniqueViolation,
} from '@app/platform';
import { AgenciesService } from '../agencies/agencies.service';
import { AgencyMergeRegistry } from '../agencies/agency-merge.registry';
import { QualitySystemScopeListeners } from './quality-system-scope.listeners';
import {
  CreateQualitySystemDto,
  ListQualitySystemsQuery,
  UpdateQualitySystemDto,
} from './dto/quality-system.dto';
import { QUALITY_SYSTEM_LIFECYCLE, QualitySystem, QualitySystemAgency } from './quality-system.entity';

export interface QualitySystemView {
  id: string;
  name: string;
  scope: string;
  leadAgencyId: string;
  memberAgencyIds: string[];
  standard: string;
  status: string;
  version: number;
}

const SORTABLE = { name: 'q.name', createdAt: 'q.created_at', status: 'q.status' };
const MANAGERS = ['AGENCY_ADMIN', 'ISO_SECRETARY'] as const;

@Injectable()
export class QualitySystemsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly agencies: AgenciesService,
    private readonly mergeRegistry: AgencyMergeRegistry,
    private readonly scopeListeners: QualitySystemScopeListeners,
  ) {}

  onModuleInit(): void {
    this.mergeRegistry.register('quality-systems', async (manager, fromId, intoId) => {
      await manager.query('UPDATE quality_systems SET lead_agency_id = $2 WHERE lead_agency_id = $1', [
        fromId,
        intoId,
      ]);
      // the survivor joins the merged agency's QMS unless it already has one of its own
      await manager.query(
        `UPDATE quality_system_agencies SET agency_id = $2 WHERE agency_id = $1
           AND NOT EXISTS (SELECT 1 FROM quality_system_agencies WHERE agency_id = $2)`,
        [fromId, intoId],
      );
      await manager.query('DELETE FROM quality_system_agencies WHERE agency_id = $1', [fromId]);
    });
  }

  async list(ctx: RequestContext, query: ListQualitySystemsQuery): Promise<Page<QualitySystemView>> {
    const { column, direction } = query.orderBy(SORTABLE, 'name');
    const qb = this.dataSource.getRepository(QualitySystem).createQueryBuilder('q');
    const readable = ctx.readableAgencyIds();
    if (readable !== 'ALL') {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM quality_system_agencies m WHERE m.quality_system_id = q.id AND m.agency_id = ANY(:readable))',
        { readable },
      );
    }
    if (query.agencyId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM quality_system_agencies m WHERE m.quality_system_id = q.id AND m.agency_id = :agencyId)',
        {
          agencyId: query.agencyId,
        },
      );
    }
    if (query.status) qb.andWhere('q.status = :status', { status: query.status });
    qb.orderBy(column, direction).addOrderBy('q.id').skip(query.offset).take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    const members = await this.membersOf(items.map((q) => q.id));
    return query.result(
      items.map((q) => toView(q, members.get(q.id) ?? [])),
      total,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<QualitySystemView> {
    const qms = await this.dataSource.getRepository(QualitySystem).findOneBy({ id });
    const members = (await this.membersOf([id])).get(id) ?? [];
    if (!qms || !members.some((agencyId) => ctx.canRead(agencyId)))
      throw DomainError.notFound('qualitySystem');
    return toView(qms, members);
  }

  /** Agencies that share a QMS with any of the given agencies (for documents shared across a QMS). */
  async siblingAgencyIds(agencyIds: string[]): Promise<string[]> {
    if (agencyIds.length === 0) return [];
    const rows = await this.dataSource.query<{ agency_id: string }[]>(
      `SELECT DISTINCT m2.agency_id FROM quality_system_agencies m1
         JOIN quality_system_agencies m2 ON m2.quality_system_id = m1.quality_system_id
        WHERE m1.agency_id = ANY($1::uuid[])`,
      [agencyIds],
    );
    return rows.map((r) => r.agency_id);
  }

  async create(ctx: RequestContext, dto: CreateQualitySystemDto): Promise<QualitySystemView> {
    const memberIds = [...new Set([dto.leadAgencyId, ...(dto.memberAgencyIds ?? [])])];
    this.assertManages(ctx, memberIds);
    return this.uow.run(ctx, async (tx) => {
      await this.assertAgenciesExist(tx.manager, memberIds);
      const qms = tx.manager.create(QualitySystem, {
        name: dto.name.normalize('NFC'),
        scope: dto.scope.normalize('NFC'),
        leadAgencyId: dto.leadAgencyId,
        standard: 'TCVN ISO 9001:2015',
        status: 'BUILDING',
        version: 1,
      });
      await createSubject(tx, QUALITY_SYSTEM_LIFECYCLE, qms, {
        agencyId: qms.leadAgencyId,
        data: { ...dto, memberAgencyIds: memberIds },
      });
      await this.setMembers(tx, qms.id, memberIds);
      return toView(qms, memberIds);
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateQualitySystemDto,
    expectedVersion?: number,
  ): Promise<QualitySystemView> {
    return this.uow.run(ctx, async (tx) => {
      const qms = await tx.manager
        .getRepository(QualitySystem)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const currentMembers = (await this.membersOf([id], tx.manager)).get(id) ?? [];
      if (!qms || !currentMembers.some((agencyId) => ctx.canRead(agencyId)))
        throw DomainError.notFound('qualitySystem');
      this.assertManages(ctx, currentMembers);
      assertVersion(expectedVersion, qms.version);
      const before = toView(qms, currentMembers);
      let members = currentMembers;
      if (dto.memberAgencyIds !== undefined) {
        members = [...new Set([qms.leadAgencyId, ...dto.memberAgencyIds])];
        this.assertManages(ctx, members);
        await this.assertAgenciesExist(tx.manager, members);
        await tx.manager.delete(QualitySystemAgency, { qualitySystemId: id });
        await this.setMembers(tx, id, members);
      }
      const edits = {
        name: dto.name !== undefined ? dto.name.normalize('NFC') : qms.name,
        scope: dto.scope !== undefined ? dto.scope.normalize('NFC') : qms.scope,
      };
      const status = dto.status ?? qms.status;
      const after = toView({ ...qms, ...edits, status, version: qms.version + 1 }, members);
      // every edit is one `update` entry from the stage it had to the one it has (maybe the same)
      await QUALITY_SYSTEM_LIFECYCLE.transition(tx, qms, status, {
        action: 'update',
        agencyId: qms.leadAgencyId,
        data: { before, after },
        set: edits,
      });
      const scopeChanged =
        before.scope !== after.scope ||
        before.memberAgencyIds.join() !== [...after.memberAgencyIds].sort().join();
      if (scopeChanged) {
        tx.emit('qualitySystem.scopeChanged', { qualitySystemId: id, agencyIds: after.memberAgencyIds });
        await this.scopeListeners.notify(tx, {
          qualitySystemId: id,
          leadAgencyId: qms.leadAgencyId,
          before: { scope: before.scope, memberAgencyIds: before.memberAgencyIds },
          after: { scope: after.scope, memberAgencyIds: after.memberAgencyIds },
        });
      }
      return after;
    });
  }

  /**
   * Marks the QMS as DECLARED inside the caller's transaction (oversight records the conformity
   * declaration that allows it and has checked who may). No-op when it already is.
   */
  async markDeclared(tx: Transaction, id: string): Promise<void> {
    const qms = await tx.manager
      .getRepository(QualitySystem)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!qms || !QUALITY_SYSTEM_LIFECYCLE.can(qms.status, 'DECLARED', 'declare')) return;
    await QUALITY_SYSTEM_LIFECYCLE.transition(tx, qms, 'DECLARED', {
      action: 'declare',
      agencyId: qms.leadAgencyId,
    });
  }

  private assertManages(ctx: RequestContext, agencyIds: string[]): void {
    if (ctx.isSystemAdmin) return;
    if (!agencyIds.every((agencyId) => ctx.hasRole(agencyId, ...MANAGERS))) {
      // reveal nothing about agencies the caller cannot read
      if (agencyIds.some((agencyId) => !ctx.canRead(agencyId))) throw DomainError.notFound('agency');
      throw DomainError.forbidden();
    }
  }

  private async assertAgenciesExist(manager: EntityManager, ids: string[]): Promise<void> {
    const existing = await this.agencies.existingIds(ids, manager);
    if (ids.some((id) => !existing.has(id))) throw DomainError.notFound('agency');
  }

  private async setMembers(tx: Transaction, qualitySystemId: string, agencyIds: string[]): Promise<void> {
    try {
      await tx.manager.insert(
        QualitySystemAgency,
        agencyIds.map((agencyId) => ({ qualitySystemId, agencyId })),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('DUPLICATE', {
          resource: 'qualitySystem',
          field: 'agency',
          value: agencyIds.join(', '),
        });
      }
      throw error;
    }
  }

  private async membersOf(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    const rows = await manager.find(QualitySystemAgency, {
      where: ids.map((qualitySystemId) => ({ qualitySystemId })),
    });
    for (const row of rows)
      map.set(row.qualitySystemId, [...(map.get(row.qualitySystemId) ?? []), row.agencyId]);
    for (const list of map.values()) list.sort();
    return map;
  }
}

function toView(q: QualitySystem, memberAgencyIds: string[]): QualitySystemView {
  return {
    id: q.id,
    name: q.name,
    scope: q.scope,
    leadAgencyId: q.leadAgencyId,
    memberAgencyIds: [...memberAgencyIds].sort(),
    standard: q.standard,
    status: q.status,
    version: q.version,
  };
}
