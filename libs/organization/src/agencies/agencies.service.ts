import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertVersion,
  createSubject,
  DomainError,
  isUniqueViolation,
  Page,
  RequestContext,
  UnitOfWork,
} from '@app/platform';
import { Agency, AGENCY_HISTORY, AGENCY_LIFECYCLE, AgencyName } from './agency.entity';
import { AgencyMergeRegistry } from './agency-merge.registry';
import { CreateAgencyDto, ListAgenciesQuery, MergeAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

export interface AgencyView {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  status: string;
  mergedIntoId: string | null;
  version: number;
  formerNames?: { name: string; validUntil: Date }[];
}

const SORTABLE = { code: 'a.code', name: 'a.name', level: 'a.level', createdAt: 'a.created_at' };

/**
 * The agency directory. Codes, names and the tree are public information (they are published
 * in provincial plans), so every signed-in user may read them; only system administrators
 * change the structure.
 */
@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly mergeRegistry: AgencyMergeRegistry,
  ) {}

  async list(_ctx: RequestContext, query: ListAgenciesQuery): Promise<Page<AgencyView>> {
    const { column, direction } = query.orderBy(SORTABLE, 'code');
    const qb = this.dataSource.getRepository(Agency).createQueryBuilder('a');
    if (query.parentId) qb.andWhere('a.parent_id = :parentId', { parentId: query.parentId });
    if (query.level) qb.andWhere('a.level = :level', { level: query.level });
    if (query.q) {
      qb.andWhere(
        "(lower(f_unaccent(a.name)) LIKE '%' || lower(f_unaccent(:q)) || '%' OR lower(a.code) LIKE '%' || lower(:q) || '%')",
        {
          q: query.q,
        },
      );
    }
    qb.orderBy(column, direction).addOrderBy('a.id').skip(query.offset).take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return query.result(items.map(toView), total);
  }

  async get(_ctx: RequestContext, id: string): Promise<AgencyView> {
    const agency = await this.dataSource.getRepository(Agency).findOneBy({ id });
    if (!agency) throw DomainError.notFound('agency');
    const formerNames = await this.dataSource
      .getRepository(AgencyName)
      .find({ where: { agencyId: id }, order: { validUntil: 'ASC' } });
    return {
      ...toView(agency),
      formerNames: formerNames.map((n) => ({ name: n.name, validUntil: n.validUntil })),
    };
  }

  /** Ids of the given agencies and everything below them. */
  async subtreeIds(rootIds: string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (rootIds.length === 0) return [];
    const rows = await manager.query<{ id: string }[]>(
      `WITH RECURSIVE sub AS (
         SELECT id FROM agencies WHERE id = ANY($1::uuid[])
         UNION SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id)
       SELECT id FROM sub`,
      [rootIds],
    );
    return rows.map((r) => r.id);
  }

  /** The agency's ancestors, nearest first (the agency itself excluded). */
  async ancestorIds(agencyId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH RECURSIVE up AS (
         SELECT parent_id AS id, 1 AS depth FROM agencies WHERE id = $1
         UNION SELECT a.parent_id, up.depth + 1 FROM agencies a JOIN up ON a.id = up.id)
       SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`,
      [agencyId],
    );
    return rows.map((r) => r.id);
  }

  async existingIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM agencies WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async create(ctx: RequestContext, dto: CreateAgencyDto): Promise<AgencyView> {
    if (!ctx.isSystemAdmin) throw DomainError.forbidden();
    try {
      return await this.uow.run(ctx, async (tx) => {
        if (dto.parentId) await this.lockActive(tx.manager, dto.parentId);
        const agency = tx.manager.create(Agency, {
          code: dto.code,
          name: dto.name.normalize('NFC'),
          level: dto.level,
          parentId: dto.parentId ?? null,
          status: 'ACTIVE',
          mergedIntoId: null,
          version: 1,
        });
        await createSubject(tx, AGENCY_LIFECYCLE, agency, { agencyId: (row) => row.id, data: { ...dto } });
        return toView(agency);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError('DUPLICATE', { resource: 'agency', field: 'code', value: dto.code });
      throw error;
    }
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateAgencyDto,
    expectedVersion?: number,
  ): Promise<AgencyView> {
    if (!ctx.isSystemAdmin) throw DomainError.forbidden();
    try {
      return await this.uow.run(ctx, async (tx) => {
        const agency = await this.lockActive(tx.manager, id);
        assertVersion(expectedVersion, agency.version);
        if (dto.parentId !== undefined && dto.parentId !== null && dto.parentId !== agency.parentId)
          await this.assertNotUnder(tx.manager, dto.parentId, id);
        const name = dto.name?.normalize('NFC');
        if (name !== undefined && name !== agency.name)
          await tx.manager.insert(AgencyName, { agencyId: id, name: agency.name, validUntil: new Date() });
        await AGENCY_HISTORY.update(
          tx,
          agency,
          { code: dto.code, name, level: dto.level, parentId: dto.parentId },
          { agencyId: id },
        );
        return toView(agency);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError('DUPLICATE', { resource: 'agency', field: 'code', value: dto.code ?? '' });
      throw error;
    }
  }

  /**
   * Merges one agency into another: its children, memberships and every record of every lib
   * move to the survivor in one transaction; the merged agency stays readable, marked MERGED.
   */
  async merge(ctx: RequestContext, id: string, dto: MergeAgencyDto): Promise<AgencyView> {
    if (!ctx.isSystemAdmin) throw DomainError.forbidden();
    if (id === dto.intoAgencyId) throw new DomainError('AGENCY_MERGE_INVALID', { reason: 'same agency' });
    return this.uow.run(ctx, async (tx) => {
      const [first, second] = [id, dto.intoAgencyId].sort();
      // lock both rows in a fixed order so two crossing merges cannot deadlock
      const locked = new Map<string, Agency>();
      for (const agencyId of [first, second])
        locked.set(agencyId, await this.lockActive(tx.manager, agencyId));
      const source = locked.get(id)!;
      const target = locked.get(dto.intoAgencyId)!;
      await this.assertNotUnder(tx.manager, target.id, source.id);
      await tx.manager.update(Agency, { parentId: source.id }, { parentId: target.id });
      await this.mergeRegistry.runAll(tx.manager, source.id, target.id);
      await AGENCY_LIFECYCLE.transition(tx, source, 'MERGED', {
        agencyId: source.id,
        reason: dto.reason,
        data: { intoAgencyId: target.id, name: source.name, code: source.code },
        set: { mergedIntoId: target.id },
      });
      // the survivor's side of the merge: not a change of its status
      tx.audit({
        subjectType: 'agency',
        subjectId: target.id,
        agencyId: target.id,
        action: 'absorb',
        reason: dto.reason,
        data: { mergedAgencyId: source.id, name: source.name },
      });
      return toView(source);
    });
  }

  private async lockActive(manager: EntityManager, id: string): Promise<Agency> {
    const agency = await manager
      .getRepository(Agency)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!agency) throw DomainError.notFound('agency');
    if (agency.status === 'MERGED') throw new DomainError('AGENCY_MERGED');
    return agency;
  }

  /** Refuses to place `ancestorCandidate`'s tree under its own descendant `nodeId`. */
  private async assertNotUnder(manager: EntityManager, newParentId: string, nodeId: string): Promise<void> {
    const below = await this.subtreeIds([nodeId], manager);
    if (below.includes(newParentId)) throw new DomainError('AGENCY_CYCLE');
    const exists = await this.existingIds([newParentId], manager);
    if (!exists.has(newParentId)) throw DomainError.notFound('agency');
  }
}

function toView(a: Agency): AgencyView {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    level: a.level,
    parentId: a.parentId,
    status: a.status,
    mergedIntoId: a.mergedIntoId,
    version: a.version,
  };
}
