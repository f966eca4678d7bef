import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  assertVersion,
  createSubject,
  DomainError,
  Page,
  RequestContext,
  Transaction,
  UnitOfWork,
  isUniqueViolation,
  pickFields,
} from '@app/platform';
import { AgenciesService } from '../agencies/agencies.service';
import { AgencyMergeRegistry, AgencyTransfer } from '../agencies/agency-merge.registry';
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
  /** MERGED: the QMS it was merged into. */
  mergedIntoId: string | null;
  version: number;
}

const SORTABLE = { name: 'q.name', createdAt: 'q.created_at', status: 'q.status' };
const MANAGERS = ['AGENCY_ADMIN', 'ISO_SECRETARY'] as const;

@Injectable()
export class QualitySystemsService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencies: AgenciesService,
    private readonly mergeRegistry: AgencyMergeRegistry,
    private readonly scopeListeners: QualitySystemScopeListeners,
  ) {}

  onModuleInit(): void {
    this.mergeRegistry.registerPlanner('qualitySystems', async (manager, transfer) => ({
      items: (await this.transferPlan(manager, transfer)).map(({ qms, outcome, into }) => ({
        qualitySystemId: qms.id,
        name: qms.name,
        outcome,
        intoQualitySystemId: into?.id ?? null,
      })),
      problems: [],
    }));
    this.mergeRegistry.register('quality-systems', (_manager, _from, _into, transfer, tx) =>
      this.applyTransfer(tx, transfer),
    );
  }

  /**
   * What a merger (or dissolution) does to the QMS covering the agency that goes: none is ever
   * left unreachable. If the receiving agency has no QMS of its own (or shares it), the QMS
   * carries on with the receiver in the agency's place (`KEPT`); otherwise it is merged into the
   * receiver's (`MERGED_INTO`): its other agencies join that QMS, and it stays readable, MERGED.
   */
  private async transferPlan(
    manager: EntityManager,
    transfer: AgencyTransfer,
  ): Promise<{ qms: QualitySystem; outcome: 'KEPT' | 'MERGED_INTO'; into: QualitySystem | null }[]> {
    const ofAgency = async (agencyId: string) => {
      const [row] = await manager.query<{ quality_system_id: string }[]>(
        'SELECT quality_system_id FROM quality_system_agencies WHERE agency_id = $1',
        [agencyId],
      );
      return row ? manager.findOneBy(QualitySystem, { id: row.quality_system_id }) : null;
    };
    const qms = await ofAgency(transfer.fromAgencyId);
    if (!qms) return [];
    const into = await ofAgency(transfer.intoAgencyId);
    if (!into || into.id === qms.id) return [{ qms, outcome: 'KEPT', into: null }];
    return [{ qms, outcome: 'MERGED_INTO', into }];
  }

  private async applyTransfer(tx: Transaction, transfer: AgencyTransfer): Promise<void> {
    const { fromAgencyId: fromId, intoAgencyId: intoId } = transfer;
    const [step] = await this.transferPlan(tx.manager, transfer);
    if (!step) {
      // a QMS led by the agency without covering it (should not be): its lead moves all the same
      await tx.manager.query('UPDATE quality_systems SET lead_agency_id = $2 WHERE lead_agency_id = $1', [
        fromId,
        intoId,
      ]);
      return;
    }
    const members = (await this.membersOf([step.qms.id], tx.manager)).get(step.qms.id) ?? [];
    const others = members.filter((id) => id !== fromId);
    await tx.manager.delete(QualitySystemAgency, { qualitySystemId: step.qms.id, agencyId: fromId });
    if (step.outcome === 'KEPT') {
      // the receiver takes the agency's place (it may already be a member)
      if (!members.includes(intoId)) await this.setMembers(tx, step.qms.id, [intoId]);
      const after = [...new Set([...others, intoId])].sort();
      const leadAgencyId = step.qms.leadAgencyId === fromId ? intoId : step.qms.leadAgencyId;
      await QUALITY_SYSTEM_LIFECYCLE.transition(tx, step.qms, step.qms.status, {
        action: 'update',
        agencyId: leadAgencyId,
        reason: transfer.reason,
        data: {
          before: { leadAgencyId: step.qms.leadAgencyId, memberAgencyIds: members },
          after: { leadAgencyId, memberAgencyIds: after },
          [transfer.kind === 'merge' ? 'mergedAgencyId' : 'dissolvedAgencyId']: fromId,
        },
        set: { leadAgencyId },
      });
      await this.scopeChanged(tx, step.qms.id, leadAgencyId, step.qms.scope, members, after);
      return;
    }
    // merged into the receiver's QMS: the agencies it still covered join that one
    const into = step.into!;
    const intoMembers = (await this.membersOf([into.id], tx.manager)).get(into.id) ?? [];
    if (others.length > 0) {
      await tx.manager.delete(
        QualitySystemAgency,
        others.map((agencyId) => ({ qualitySystemId: step.qms.id, agencyId })),
      );
      await this.setMembers(
        tx,
        into.id,
        others.filter((id) => !intoMembers.includes(id)),
      );
    }
    await QUALITY_SYSTEM_LIFECYCLE.transition(tx, step.qms, 'MERGED', {
      action: 'merge',
      agencyId: intoId,
      reason: transfer.reason,
      data: { intoQualitySystemId: into.id, memberAgencyIds: members },
      set: {
        mergedIntoId: into.id,
        leadAgencyId: step.qms.leadAgencyId === fromId ? intoId : step.qms.leadAgencyId,
      },
    });
    tx.audit({
      subjectType: 'qualitySystem',
      subjectId: into.id,
      agencyId: into.leadAgencyId,
      action: 'absorb',
      reason: transfer.reason,
      data: { mergedQualitySystemId: step.qms.id, name: step.qms.name, agencyIds: members },
    });
    const after = [...new Set([...intoMembers, ...others])].sort();
    // the receiver's QMS now covers the merged agency's work: its declaration must be renewed
    await this.scopeChanged(tx, into.id, into.leadAgencyId, into.scope, intoMembers, after, true);
  }

  private async scopeChanged(
    tx: Transaction,
    qualitySystemId: string,
    leadAgencyId: string,
    scope: string,
    before: string[],
    after: string[],
    always = false,
  ): Promise<void> {
    if (!always && before.join() === after.join()) return;
    tx.emit('qualitySystem.scopeChanged', { qualitySystemId, agencyIds: after });
    await this.scopeListeners.notify(tx, {
      qualitySystemId,
      leadAgencyId,
      before: { scope, memberAgencyIds: before },
      after: { scope, memberAgencyIds: after },
    });
  }

  async list(ctx: RequestContext, query: ListQualitySystemsQuery): Promise<Page<QualitySystemView>> {
    const { column, direction } = query.orderBy(SORTABLE, 'name');
    const qb = this.uow.dataSource.getRepository(QualitySystem).createQueryBuilder('q');
    const readable = ctx.readableAgencyIds();
    if (readable !== 'ALL') {
      // a merged QMS covers no agency any more: its lead's readers still find it
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM quality_system_agencies m WHERE m.quality_system_id = q.id AND m.agency_id = ANY(:readable))
          OR q.lead_agency_id = ANY(:readable))`,
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
    const qms = await this.uow.dataSource.getRepository(QualitySystem).findOneBy({ id });
    const members = (await this.membersOf([id])).get(id) ?? [];
    if (!qms || ![...members, qms.leadAgencyId].some((agencyId) => ctx.canRead(agencyId)))
      throw DomainError.notFound('qualitySystem');
    return toView(qms, members);
  }

  /** Agencies that share a QMS with any of the given agencies (for documents shared across a QMS). */
  async siblingAgencyIds(agencyIds: string[]): Promise<string[]> {
    if (agencyIds.length === 0) return [];
    const rows = await this.uow.dataSource.query<{ agency_id: string }[]>(
      `SELECT DISTINCT m2.agency_id FROM quality_system_agencies m1
         JOIN quality_system_agencies m2 ON m2.quality_system_id = m1.quality_system_id
        WHERE m1.agency_id = ANY($1::uuid[])`,
      [agencyIds],
    );
    return rows.map((r) => r.agency_id);
  }

  async create(ctx: RequestContext, dto: CreateQualitySystemDto): Promise<QualitySystemView> {
    const memberIds = [...new Set([dto.leadAgencyId, ...(dto.memberAgencyIds ?? [])])];
    return this.uow.run(ctx, async (tx) => {
      await this.assertAgenciesExist(tx.manager, memberIds);
      await this.assertManages(tx.manager, ctx, dto.leadAgencyId, memberIds);
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
      if (!qms || ![...currentMembers, qms.leadAgencyId].some((agencyId) => ctx.canRead(agencyId)))
        throw DomainError.notFound('qualitySystem');
      await this.assertManages(tx.manager, ctx, qms.leadAgencyId, []);
      assertVersion(expectedVersion, qms.version);
      const before = toView(qms, currentMembers);
      let members = currentMembers;
      if (dto.memberAgencyIds !== undefined) {
        members = [...new Set([qms.leadAgencyId, ...dto.memberAgencyIds])];
        await this.assertAgenciesExist(tx.manager, members);
        await this.assertManages(tx.manager, ctx, qms.leadAgencyId, members);
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

  /**
   * The lead agency's AGENCY_ADMIN or ISO secretary manage its QMS, and may have it cover the
   * agencies below the lead in the tree (its branches) or any they manage themselves. Agencies
   * are public, so a refusal says why (403), never 404.
   */
  private async assertManages(
    manager: EntityManager,
    ctx: RequestContext,
    leadAgencyId: string,
    memberIds: string[],
  ): Promise<void> {
    if (ctx.isSystemAdmin) return;
    if (!ctx.hasRole(leadAgencyId, ...MANAGERS)) throw new DomainError('QMS_MANAGERS_ONLY');
    const branches = new Set(await this.agencies.subtreeIds([leadAgencyId], manager));
    const outside = memberIds.filter((id) => !branches.has(id) && !ctx.hasRole(id, ...MANAGERS));
    if (outside.length > 0) {
      const rows = await manager.query<{ code: string; name: string }[]>(
        'SELECT code, name FROM agencies WHERE id = ANY($1::uuid[]) ORDER BY code',
        [outside],
      );
      throw new DomainError('QMS_AGENCY_NOT_COVERED', {
        agencies: rows.map((r) => `${r.name} (${r.code})`).join(', '),
      });
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
    manager: EntityManager = this.uow.manager,
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
    ...pickFields(q, ['id', 'name', 'scope', 'leadAgencyId']),
    memberAgencyIds: [...memberAgencyIds].sort(),
    ...pickFields(q, ['standard', 'status']),
    mergedIntoId: q.mergedIntoId ?? null,
    version: q.version,
  };
}
