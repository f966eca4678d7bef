import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  bilingualDetail,
  Clock,
  createSubject,
  DomainError,
  fetchPage,
  isUniqueViolation,
  OnTransition,
  Page,
  pickFields,
  ReadReplica,
  RequestContext,
  Transaction,
  UnitOfWork,
} from '@app/platform';
import { ApprovalSubjects, REQUEST_LIFECYCLE } from '@app/approvals';
import { assertAgencyActive, findAgency } from '@app/organization';
import {
  CreateRecordListDto,
  ListRecordListsQuery,
  RecordListItemDto,
  UpdateRecordListDto,
} from './dto/records.dto';
import { recordListWorkbook } from './record-list-xlsx';
import {
  ProcedureRecord,
  RECORD_LIST_HISTORY,
  RECORD_LIST_LIFECYCLE,
  RecordList,
  RecordListItem,
} from './record.entities';
import { assertMayKeep, clean, readableRecords, retentionLabel, retentionOf } from './records-access';
import {
  ApprovalRequestChange,
  ApprovalRequestRow,
  RecordsApprovalSubject,
  SubjectSnapshot,
} from './records-approval-subject';

export interface RecordListItemView {
  id: string;
  position: number;
  heading: string | null;
  code: string;
  title: string;
  retentionYears: number | null;
  permanent: boolean;
  retention: string;
  ownerUnit: string;
  location: string | null;
  medium: string;
  note: string | null;
  procedureRecordId: string | null;
}

export interface RecordListView {
  id: string;
  agencyId: string;
  year: number;
  title: string;
  status: string;
  createdBy: string | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  version: number;
  createdAt: Date;
  itemCount: number;
}

export interface RecordListDetail extends RecordListView {
  items: RecordListItemView[];
  /** Items kept permanently and for a limited time (the closing line of Phụ lục V). */
  permanentCount: number;
  limitedCount: number;
}

const SORTABLE = { year: 'l.year', createdAt: 'l.created_at', status: 'l.status' };

/**
 * The agency's yearly list of records (Danh mục hồ sơ): built from the records its procedures
 * declare, edited by the ISO secretary while a draft, approved by the head of agency through the
 * approval engine (subject `recordList`, kind RECORD_LIST: this service is its handler and moves
 * the list as the request moves, by @OnTransition hooks in the decision's transaction).
 */
@Injectable()
export class RecordListsService extends RecordsApprovalSubject<RecordList> {
  readonly kinds = ['RECORD_LIST'] as const;

  constructor(
    private readonly uow: UnitOfWork,
    subjects: ApprovalSubjects,
    private readonly clock: Clock,
    private readonly replica: ReadReplica,
  ) {
    super(subjects, RECORD_LIST_LIFECYCLE);
  }

  async list(ctx: RequestContext, query: ListRecordListsQuery): Promise<Page<RecordListView>> {
    const qb = readableRecords(this.uow.dataSource, RecordList, 'l', ctx, {
      agency_id: query.agencyId,
      year: query.year,
      status: query.status,
    });
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'year', 'DESC');
    const counts = await this.itemCounts(
      this.uow.manager,
      rows.map((r) => r.id),
    );
    return query.result(
      rows.map((r) => toListView(r, counts.get(r.id) ?? 0)),
      total,
    );
  }

  async get(ctx: RequestContext, id: string, manager = this.uow.manager): Promise<RecordListDetail> {
    const list = await manager.getRepository(RecordList).findOneBy({ id });
    if (!list || !ctx.canRead(list.agencyId)) throw DomainError.notFound('recordList');
    return this.detail(manager, list);
  }

  /** The list as a Phụ lục V workbook. */
  async xlsx(
    detail: RecordListDetail,
    manager = this.uow.manager,
  ): Promise<{ body: Buffer; agencyCode: string }> {
    const agency = await findAgency(manager, detail.agencyId);
    const body = await recordListWorkbook({ agencyName: agency?.name ?? '', list: detail });
    return { body, agencyCode: agency?.code ?? 'co-quan' };
  }

  /** `GET /record-lists/:id?format=xlsx`: an export, a heavy read a streaming replica may serve. */
  async export(
    ctx: RequestContext,
    id: string,
  ): Promise<{ list: RecordListDetail; body: Buffer; agencyCode: string }> {
    return this.replica.run(ctx, async (manager) => {
      const list = await this.get(ctx, id, manager);
      return { list, ...(await this.xlsx(list, manager)) };
    });
  }

  /** A new draft list for the year, its items taken from the records the agency's procedures declare. */
  async create(ctx: RequestContext, dto: CreateRecordListDto): Promise<RecordListDetail> {
    assertMayKeep(ctx, dto.agencyId, 'agency');
    try {
      const id = await this.uow.run(ctx, async (tx) => {
        await assertAgencyActive(tx.manager, dto.agencyId);
        const list = tx.manager.create(RecordList, {
          agencyId: dto.agencyId,
          year: dto.year,
          status: 'DRAFT',
          title: clean(dto.title) ?? listTitle(dto),
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
          approvedBy: null,
          approvedAt: null,
          version: 1,
        });
        const declared = await tx.manager.find(ProcedureRecord, {
          where: { agencyId: dto.agencyId },
          order: { procedureCode: 'ASC', formCode: 'ASC', name: 'ASC', id: 'ASC' },
        });
        await createSubject(tx, RECORD_LIST_LIFECYCLE, list, {
          data: () => ({ year: dto.year, items: declared.length }),
        });
        const perProcedure = new Map<string, number>();
        const items = declared.map((r, index) => {
          const n = (perProcedure.get(r.procedureCode) ?? 0) + 1;
          perProcedure.set(r.procedureCode, n);
          return tx.manager.create(RecordListItem, {
            listId: list.id,
            agencyId: list.agencyId,
            position: index + 1,
            heading: `Hồ sơ theo quy trình ${r.procedureCode}`,
            code: `${r.procedureCode}.${String(n).padStart(2, '0')}`,
            title: r.formCode ? `${r.name} (${r.formCode})` : r.name,
            retentionYears: r.retentionYears,
            permanent: r.permanent,
            ownerUnit: r.ownerUnit,
            location: r.location,
            medium: r.medium,
            note: null,
            procedureRecordId: r.id,
          });
        });
        if (items.length > 0) await tx.manager.insert(RecordListItem, items);
        return list.id;
      });
      return this.get(ctx, id);
    } catch (error) {
      if (isUniqueViolation(error, 'record_lists_one_per_year'))
        throw new DomainError('RECORD_LIST_EXISTS', { year: dto.year });
      throw error;
    }
  }

  /** Edits the title or replaces the items of a draft list (the ISO secretary's work before approval). */
  async update(ctx: RequestContext, id: string, dto: UpdateRecordListDto): Promise<RecordListDetail> {
    await this.uow.run(ctx, async (tx) => {
      const list = await this.lock(tx.manager, ctx, id);
      assertMayKeep(ctx, list.agencyId, 'recordList');
      RECORD_LIST_LIFECYCLE.requireState(list.status, 'DRAFT');
      let itemChange: Record<string, unknown> = {};
      if (dto.items) {
        const items = await this.itemsFrom(tx.manager, list, dto.items);
        const before = await tx.manager.count(RecordListItem, { where: { listId: id } });
        await tx.manager.delete(RecordListItem, { listId: id });
        if (items.length > 0) await tx.manager.insert(RecordListItem, items);
        itemChange = { items: { before, after: items.length, codes: items.map((i) => i.code) } };
      }
      await RECORD_LIST_HISTORY.update(
        tx,
        list,
        { title: dto.title === undefined ? undefined : clean(dto.title), updatedBy: ctx.userId },
        { expectedVersion: dto.version, data: itemChange },
      );
    });
    return this.get(ctx, id);
  }

  // --- the approval engine's subject handler -------------------------------------------------

  async snapshot(manager: EntityManager, request: ApprovalRequestRow): Promise<SubjectSnapshot> {
    const list = await manager.findOneByOrFail(RecordList, { id: request.subjectId });
    return { fileHashes: [], title: list.title ?? listTitle(list) };
  }

  /** Whoever drew up or edited the list: none of them approves it. */
  async authorsOf(manager: EntityManager, request: ApprovalRequestRow): Promise<string[]> {
    const list = await manager.findOneByOrFail(RecordList, { id: request.subjectId });
    return [list.createdBy, list.updatedBy].filter((id): id is string => id !== null);
  }

  @OnTransition(REQUEST_LIFECYCLE, { to: 'IN_PROGRESS', phase: 'start' })
  async checkSubmittable(tx: Transaction, { subject: request }: ApprovalRequestChange): Promise<void> {
    if (request.subjectType !== this.subjectType) return;
    const count = await tx.manager.count(RecordListItem, { where: { listId: request.subjectId } });
    if (count === 0) throw new DomainError('RECORD_LIST_EMPTY');
  }

  @OnTransition(REQUEST_LIFECYCLE, { to: 'IN_PROGRESS' })
  async freeze(tx: Transaction, { subject: request }: ApprovalRequestChange): Promise<void> {
    const list = await this.subjectOf(tx, request);
    if (!list) return;
    await RECORD_LIST_LIFECYCLE.transition(tx, list, 'IN_APPROVAL', {
      reason: request.reason,
      data: { requestId: request.id },
    });
  }

  /** Approved by the head of agency: the list is in force for its year. */
  @OnTransition(REQUEST_LIFECYCLE, { to: 'APPROVED' })
  async approve(tx: Transaction, { subject: request }: ApprovalRequestChange): Promise<void> {
    const list = await this.subjectOf(tx, request);
    if (!list) return;
    await RECORD_LIST_LIFECYCLE.transition(tx, list, 'APPROVED', {
      data: { requestId: request.id },
      set: { approvedBy: tx.ctx.userId, approvedAt: this.clock.now() },
    });
  }

  /** Returned, rejected or cancelled: a draft again, for the secretary to edit and resubmit. */
  @OnTransition(REQUEST_LIFECYCLE, { from: 'IN_PROGRESS', to: ['REJECTED', 'RETURNED', 'CANCELLED'] })
  async reopen(tx: Transaction, { subject: request, to }: ApprovalRequestChange): Promise<void> {
    const list = await this.subjectOf(tx, request);
    if (!list) return;
    await RECORD_LIST_LIFECYCLE.transition(tx, list, 'DRAFT', {
      data: { requestId: request.id, request: to },
    });
  }

  // --- helpers -------------------------------------------------------------------------------

  private async itemsFrom(
    manager: EntityManager,
    list: RecordList,
    input: RecordListItemDto[],
  ): Promise<RecordListItem[]> {
    const referenced = [...new Set(input.map((i) => i.procedureRecordId).filter((id): id is string => !!id))];
    if (referenced.length > 0) {
      const found = await manager
        .getRepository(ProcedureRecord)
        .createQueryBuilder('r')
        .where('r.id = ANY(:ids) AND r.agency_id = :agencyId', { ids: referenced, agencyId: list.agencyId })
        .getMany();
      const known = new Set(found.map((r) => r.id));
      const index = input.findIndex((i) => i.procedureRecordId && !known.has(i.procedureRecordId));
      if (index >= 0) {
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            `items[${index}].procedureRecordId`,
            'Không có hồ sơ khai báo này trong quy trình của cơ quan',
            'procedureRecordId is not a record declared by this agency',
          ),
        ]);
      }
    }
    const codes = new Set<string>();
    return input.map((item, index) => {
      const code = clean(item.code);
      if (codes.has(code)) {
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            `items[${index}].code`,
            `Số và ký hiệu hồ sơ ${code} bị trùng`,
            `duplicate code ${code}`,
          ),
        ]);
      }
      codes.add(code);
      return manager.create(RecordListItem, {
        listId: list.id,
        agencyId: list.agencyId,
        position: index + 1,
        heading: clean(item.heading),
        code,
        title: clean(item.title),
        ...retentionOf(item, `items[${index}].retentionYears`),
        ownerUnit: clean(item.ownerUnit),
        location: clean(item.location),
        medium: item.medium,
        note: clean(item.note),
        procedureRecordId: item.procedureRecordId ?? null,
      });
    });
  }

  private async itemCounts(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(RecordListItem)
      .createQueryBuilder('i')
      .select('i.list_id', 'listId')
      .addSelect('count(*)::int', 'count')
      .where('i.list_id = ANY(:ids)', { ids })
      .groupBy('i.list_id')
      .getRawMany<{ listId: string; count: number }>();
    return new Map(rows.map((r) => [r.listId, Number(r.count)]));
  }

  private async detail(manager: EntityManager, list: RecordList): Promise<RecordListDetail> {
    const items = await manager.find(RecordListItem, {
      where: { listId: list.id },
      order: { position: 'ASC' },
    });
    return {
      ...toListView(list, items.length),
      items: items.map(toItemView),
      permanentCount: items.filter((i) => i.permanent).length,
      limitedCount: items.filter((i) => !i.permanent).length,
    };
  }
}

function toListView(l: RecordList, itemCount: number): RecordListView {
  return {
    ...pickFields(l, ['id', 'agencyId', 'year']),
    title: l.title ?? listTitle(l),
    ...pickFields(l, ['status', 'createdBy', 'approvedBy', 'approvedAt', 'version', 'createdAt']),
    itemCount,
  };
}

/** The title of a list that was given none. */
function listTitle(list: { year: number }): string {
  return `Danh mục hồ sơ năm ${list.year}`;
}

function toItemView(i: RecordListItem): RecordListItemView {
  return {
    ...pickFields(i, ['id', 'position', 'heading', 'code', 'title', 'retentionYears', 'permanent']),
    retention: retentionLabel(i),
    ...pickFields(i, ['ownerUnit', 'location', 'medium', 'note', 'procedureRecordId']),
  };
}
