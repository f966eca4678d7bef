import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  assertVersion,
  bilingualDetail,
  createSubject,
  DomainError,
  ErrorDetail,
  Language,
  Page,
  RequestContext,
  UnitOfWork,
  pickFields,
  uniqueViolationAs,
  duplicateError,
} from '@app/platform';
import { Agency, AGENCY_HISTORY, AGENCY_LIFECYCLE, AgencyName } from './agency.entity';
import { AgencyMergeRegistry, AgencyTransfer } from './agency-merge.registry';
import {
  CreateAgencyDto,
  DissolveAgencyDto,
  ListAgenciesQuery,
  MergeAgencyDto,
  UpdateAgencyDto,
} from './dto/agency.dto';

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

/**
 * A merger or dissolution, planned (dry run) or applied: the agency as it is (or became), each
 * lib's plan (`documents`: old code → new code and receiving agency; `qualitySystems`: what
 * becomes of each QMS) and the problems that stop it (empty when applied).
 */
export interface AgencyTransferView extends AgencyView {
  dryRun: boolean;
  plan: Record<string, Record<string, unknown>[]>;
  problems: ErrorDetail[];
}

/** A problem of a transfer plan, in the language the client asked for. */
export interface TransferProblem {
  field?: string;
  message: string;
}

/** The transfer view as sent: its problems in one language. */
export interface AgencyTransferResult extends Omit<AgencyTransferView, 'problems'> {
  problems: TransferProblem[];
}

export function localizeTransfer(view: AgencyTransferView, lang: Language): AgencyTransferResult {
  return {
    ...view,
    problems: view.problems.map(({ field, message, messages }) => ({
      ...(field === undefined ? {} : { field }),
      message: messages?.[lang] ?? message,
    })),
  };
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
    private readonly uow: UnitOfWork,
    private readonly mergeRegistry: AgencyMergeRegistry,
  ) {}

  async list(_ctx: RequestContext, query: ListAgenciesQuery): Promise<Page<AgencyView>> {
    const { column, direction } = query.orderBy(SORTABLE, 'code');
    const qb = this.uow.dataSource.getRepository(Agency).createQueryBuilder('a');
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
    const agency = await this.uow.dataSource.getRepository(Agency).findOneBy({ id });
    if (!agency) throw DomainError.notFound('agency');
    const formerNames = await this.uow.dataSource
      .getRepository(AgencyName)
      .find({ where: { agencyId: id }, order: { validUntil: 'ASC' } });
    return {
      ...toView(agency),
      formerNames: formerNames.map((n) => ({ name: n.name, validUntil: n.validUntil })),
    };
  }

  /** Ids of the given agencies and everything below them. */
  async subtreeIds(rootIds: string[], manager: EntityManager = this.uow.manager): Promise<string[]> {
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
  async ancestorIds(agencyId: string, manager: EntityManager = this.uow.manager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH RECURSIVE up AS (
         SELECT parent_id AS id, 1 AS depth FROM agencies WHERE id = $1
         UNION SELECT a.parent_id, up.depth + 1 FROM agencies a JOIN up ON a.id = up.id)
       SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`,
      [agencyId],
    );
    return rows.map((r) => r.id);
  }

  async existingIds(ids: string[], manager: EntityManager = this.uow.manager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM agencies WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async create(ctx: RequestContext, dto: CreateAgencyDto): Promise<AgencyView> {
    if (!ctx.isSystemAdmin) throw new DomainError('AGENCY_STRUCTURE_ADMIN_ONLY');
    const created = this.uow.run(ctx, async (tx) => {
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
    return uniqueViolationAs(created, { agencies_code: () => duplicateError('agency', 'code', dto.code) });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateAgencyDto,
    expectedVersion?: number,
  ): Promise<AgencyView> {
    if (!ctx.isSystemAdmin) throw new DomainError('AGENCY_STRUCTURE_ADMIN_ONLY');
    const updated = this.uow.run(ctx, async (tx) => {
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
    return uniqueViolationAs(updated, {
      agencies_code: () => duplicateError('agency', 'code', dto.code ?? ''),
    });
  }

  /**
   * Merges one agency into another: its children, memberships and every record of every lib
   * move to the survivor in one transaction; the merged agency stays readable, marked MERGED.
   * Its documents take new codes (prefixed with its code, or as `codeMapping` says), the old
   * codes kept as aliases; its QMS joins the survivor's (or, if the survivor has none, carries
   * on with the survivor as lead). With `dryRun`, nothing is written: the answer is the plan,
   * with every problem that would stop it.
   */
  async merge(
    ctx: RequestContext,
    id: string,
    dto: MergeAgencyDto,
    dryRun = false,
  ): Promise<AgencyTransferView> {
    if (!ctx.isSystemAdmin) throw new DomainError('AGENCY_STRUCTURE_ADMIN_ONLY');
    if (id === dto.intoAgencyId) throw new DomainError('AGENCY_MERGE_INVALID', { reason: 'same agency' });
    return this.transfer(
      ctx,
      { kind: 'merge', id, intoAgencyId: dto.intoAgencyId, reason: dto.reason, codeMapping: dto.codeMapping },
      dryRun,
    );
  }

  /**
   * Dissolves an agency whose work is split between several others: the documents and users
   * the mapping names go to their agencies (documents with their versions, files, approvals,
   * acknowledgements and deadlines; users with their roles), everything else — sub-agencies,
   * audits, corrective actions, oversight records, unmapped documents and users — to the main
   * successor `intoAgencyId`, which keeps the agency's history. The agency stays readable, DISSOLVED.
   */
  async dissolve(
    ctx: RequestContext,
    id: string,
    dto: DissolveAgencyDto,
    dryRun = false,
  ): Promise<AgencyTransferView> {
    if (!ctx.isSystemAdmin) throw new DomainError('AGENCY_STRUCTURE_ADMIN_ONLY');
    return this.transfer(
      ctx,
      {
        kind: 'dissolve',
        id,
        intoAgencyId: dto.intoAgencyId,
        reason: dto.reason,
        codeMapping: dto.codeMapping,
        documents: dto.documents,
        users: dto.users,
      },
      dryRun,
    );
  }

  private async transfer(
    ctx: RequestContext,
    input: {
      kind: 'merge' | 'dissolve';
      id: string;
      intoAgencyId: string;
      reason: string;
      codeMapping?: { from: string; to: string }[];
      documents?: { documentId: string; intoAgencyId: string }[];
      users?: { userId: string; intoAgencyId: string }[];
    },
    dryRun: boolean,
  ): Promise<AgencyTransferView> {
    const documentTargets = new Map((input.documents ?? []).map((d) => [d.documentId, d.intoAgencyId]));
    const userTargets = new Map((input.users ?? []).map((u) => [u.userId, u.intoAgencyId]));
    const receivers = [
      ...new Set([input.intoAgencyId, ...documentTargets.values(), ...userTargets.values()]),
    ];
    if (receivers.includes(input.id))
      throw new DomainError('AGENCY_MERGE_INVALID', { reason: 'an agency cannot receive its own work' });
    const problems: AgencyTransferView['problems'] = [];
    const seen = new Set<string>();
    for (const { from } of input.codeMapping ?? []) {
      if (seen.has(from.toLowerCase())) {
        problems.push(
          bilingualDetail('codeMapping', `Mã ${from} được nêu hai lần`, `code ${from} is mapped twice`),
        );
      }
      seen.add(from.toLowerCase());
    }
    return this.uow.run(ctx, async (tx) => {
      // lock every agency involved in a fixed order so two crossing transfers cannot deadlock
      const locked = new Map<string, Agency>();
      for (const agencyId of [input.id, ...receivers].sort())
        locked.set(agencyId, await this.lockActive(tx.manager, agencyId));
      const source = locked.get(input.id)!;
      await this.assertNotUnder(tx.manager, input.intoAgencyId, source.id);
      const transfer: AgencyTransfer = {
        kind: input.kind,
        fromAgencyId: source.id,
        fromAgencyCode: source.code,
        intoAgencyId: input.intoAgencyId,
        reason: input.reason,
        codeMapping: new Map((input.codeMapping ?? []).map((m) => [m.from.normalize('NFC'), m.to])),
        documentTargets,
        userTargets,
        recordTargets: new Map(),
      };
      if (userTargets.size > 0) {
        const members = await tx.manager.query<{ user_id: string }[]>(
          'SELECT user_id FROM memberships WHERE agency_id = $1 AND user_id = ANY($2::uuid[])',
          [source.id, [...userTargets.keys()]],
        );
        const known = new Set(members.map((m) => m.user_id));
        const strangers = [...userTargets.keys()].filter((userId) => !known.has(userId));
        if (strangers.length > 0) {
          problems.push(
            bilingualDetail(
              'users',
              `Không phải thành viên của cơ quan bị giải thể: ${strangers.join(', ')}`,
              `not members of the dissolved agency: ${strangers.join(', ')}`,
            ),
          );
        }
      }
      const sections = await this.mergeRegistry.planAll(tx.manager, transfer);
      for (const section of Object.values(sections)) problems.push(...section.problems);
      const plan = Object.fromEntries(
        Object.entries(sections).map(([name, section]) => [name, section.items]),
      );
      if (dryRun) return { ...toView(source), dryRun: true, plan, problems };
      if (problems.length > 0)
        throw new DomainError('AGENCY_MERGE_INVALID', { reason: problems[0].message }, problems);

      await tx.manager.update(Agency, { parentId: source.id }, { parentId: input.intoAgencyId });
      await this.mergeRegistry.runAll(tx, transfer);
      await AGENCY_LIFECYCLE.transition(tx, source, input.kind === 'merge' ? 'MERGED' : 'DISSOLVED', {
        agencyId: source.id,
        reason: input.reason,
        data: {
          intoAgencyId: input.intoAgencyId,
          name: source.name,
          code: source.code,
          ...(input.kind === 'dissolve' ? { receivers } : {}),
        },
        set: { mergedIntoId: input.intoAgencyId },
      });
      // each receiver's side: not a change of its status
      for (const agencyId of receivers) {
        tx.audit({
          subjectType: 'agency',
          subjectId: agencyId,
          agencyId,
          action: 'absorb',
          reason: input.reason,
          data: {
            [input.kind === 'merge' ? 'mergedAgencyId' : 'dissolvedAgencyId']: source.id,
            name: source.name,
          },
        });
      }
      return { ...toView(source), dryRun: false, plan, problems: [] };
    });
  }

  private async lockActive(manager: EntityManager, id: string): Promise<Agency> {
    const agency = await manager
      .getRepository(Agency)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!agency) throw DomainError.notFound('agency');
    if (agency.status === 'MERGED') throw new DomainError('AGENCY_MERGED');
    if (agency.status === 'DISSOLVED') throw new DomainError('AGENCY_DISSOLVED');
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
  return pickFields(a, ['id', 'code', 'name', 'level', 'parentId', 'status', 'mergedIntoId', 'version']);
}
