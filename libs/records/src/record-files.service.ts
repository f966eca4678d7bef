import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityManager } from 'typeorm';
import {
  addMonths,
  bilingualDetail,
  Clock,
  createSubject,
  DomainError,
  fetchInOrder,
  fetchPage,
  futureDayError,
  isUniqueViolation,
  ListReadOptions,
  Page,
  PageQuery,
  pickFields,
  RequestContext,
  Transaction,
  UnitOfWork,
  uploadedFileColumns,
} from '@app/platform';
import { DeadlinesService, secretaryDeadline } from '@app/deadlines';
import { AgencyMergeRegistry, assertAgencyActive, moveAgencyRows } from '@app/organization';
import { FileDownloads, FileIntake } from '@app/storage';
import {
  CloseRecordFileDto,
  CreateRecordFileDto,
  LegalHoldDto,
  ListRecordFilesQuery,
  RecordItemMetadataQuery,
} from './dto/records.dto';
import {
  RECORD_FILE_HISTORY,
  RECORD_FILE_LIFECYCLE,
  RECORD_ITEM_HISTORY,
  RECORD_LIST_LIFECYCLE,
  RecordFile,
  RecordItem,
  RecordList,
  RecordListItem,
} from './record.entities';
import { assertMayKeep, clean, HOLD_ROLES, readableRecords, retentionLabel } from './records-access';

export interface RecordFileView {
  id: string;
  agencyId: string;
  listId: string;
  listItemId: string;
  code: string;
  title: string;
  openedOn: string;
  closedOn: string | null;
  status: string;
  retentionYears: number | null;
  permanent: boolean;
  retention: string;
  /** From this day the file may be proposed for disposal (null: open, or kept permanently). */
  retentionEndsOn: string | null;
  legalHold: boolean;
  legalHoldReason: string | null;
  disposalId: string | null;
  itemCount: number;
  version: number;
  createdAt: Date;
}

export interface RecordItemView {
  id: string;
  fileId: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  number: string | null;
  issuedOn: string | null;
  author: string | null;
  title: string | null;
  formCode: string | null;
  uploadedBy: string | null;
  /** Set once the file is disposed of: the bytes are gone, the metadata and sha256 stay. */
  disposedAt: Date | null;
  createdAt: Date;
}

export interface RecordFileDetail extends RecordFileView {
  items: RecordItemView[];
}

const SORTABLE = {
  code: 'f.code',
  openedOn: 'f.opened_on',
  closedOn: 'f.closed_on',
  retentionEndsOn: 'f.retention_ends_on',
  createdAt: 'f.created_at',
};

/**
 * Record files (hồ sơ) opened under an item of an approved list, their items (scans, filled
 * forms), closing (which starts the retention clock: a RECORD_RETENTION deadline at its end) and
 * legal holds. Search is diacritics-insensitive over the file and its items.
 */
@Injectable()
export class RecordFilesService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly intake: FileIntake,
    private readonly downloads: FileDownloads,
    private readonly mergeRegistry: AgencyMergeRegistry,
  ) {}

  onModuleInit(): void {
    // a merged agency's records follow it; its lists stay with it when the survivor has one for that year
    this.mergeRegistry.register('records', async (manager, fromId, intoId, transfer) => {
      await moveAgencyRows(manager, transfer, [
        'procedure_records',
        'record_files',
        'record_items',
        'record_disposals',
        'record_list_items',
      ]);
      await manager.query(
        `UPDATE record_lists l SET agency_id = $2 WHERE l.agency_id = $1
            AND NOT EXISTS (SELECT 1 FROM record_lists s WHERE s.agency_id = $2 AND s.year = l.year)`,
        [fromId, intoId],
      );
    });
  }

  async list(
    ctx: RequestContext,
    query: ListRecordFilesQuery,
    { limit }: Pick<ListReadOptions, 'limit'> = {},
  ): Promise<Page<RecordFileView>> {
    const qb = readableRecords(this.uow.dataSource, RecordFile, 'f', ctx, {
      agency_id: query.agencyId,
      list_id: query.listId,
      status: query.status,
    });
    if (query.legalHold !== undefined) qb.andWhere('f.legal_hold = :hold', { hold: query.legalHold });
    if (query.due) {
      qb.andWhere(
        "f.status = 'CLOSED' AND NOT f.permanent AND f.retention_ends_on <= :today AND NOT f.legal_hold",
        { today: this.clock.today() },
      );
    }
    if (query.q) {
      const pattern = `%${likeEscape(query.q.normalize('NFC').trim())}%`;
      qb.andWhere(
        `(lower(f_unaccent(f.code || ' ' || f.title)) LIKE lower(f_unaccent(:pattern))
          OR EXISTS (SELECT 1 FROM record_items i WHERE i.file_id = f.id
                AND lower(f_unaccent(coalesce(i.number, '') || ' ' || coalesce(i.title, '') || ' ' || coalesce(i.author, '') || ' ' || i.name))
                    LIKE lower(f_unaccent(:pattern))))`,
        { pattern },
      );
    }
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'createdAt', 'DESC', limit);
    const counts = await this.itemCounts(rows.map((r) => r.id));
    return query.result(
      rows.map((r) => toFileView(r, counts.get(r.id) ?? 0)),
      total,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<RecordFileDetail> {
    const file = await this.findReadable(this.uow.manager, ctx, id);
    const items = await this.uow.dataSource
      .getRepository(RecordItem)
      .find({ where: { fileId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { ...toFileView(file, items.length), items: items.map(toItemView) };
  }

  /** Opens a file under an item of the agency's approved list. */
  async create(ctx: RequestContext, dto: CreateRecordFileDto): Promise<RecordFileDetail> {
    try {
      const id = await this.uow.run(ctx, async (tx) => {
        const item = await tx.manager.findOneBy(RecordListItem, { id: dto.listItemId });
        if (!item || !ctx.canRead(item.agencyId)) throw DomainError.notFound('recordList');
        assertMayKeep(ctx, item.agencyId, 'recordList');
        const list = await tx.manager
          .getRepository(RecordList)
          .findOne({ where: { id: item.listId }, lock: { mode: 'pessimistic_read' } });
        if (!list) throw DomainError.notFound('recordList');
        if (list.status !== 'APPROVED') throw new DomainError('RECORD_LIST_NOT_APPROVED');
        RECORD_LIST_LIFECYCLE.requireState(list.status, 'APPROVED');
        await assertAgencyActive(tx.manager, item.agencyId);
        const openedOn = dto.openedOn ?? this.clock.today();
        if (openedOn > this.clock.today()) throw futureDayError('openedOn', 'Ngày mở hồ sơ');
        const sequence = (await tx.manager.count(RecordFile, { where: { listItemId: item.id } })) + 1;
        const file = tx.manager.create(RecordFile, {
          agencyId: item.agencyId,
          listId: list.id,
          listItemId: item.id,
          code: clean(dto.code) ?? `${item.code}/${list.year}-${String(sequence).padStart(2, '0')}`,
          title: clean(dto.title) ?? item.title,
          openedOn,
          closedOn: null,
          status: 'OPEN',
          retentionYears: item.retentionYears,
          permanent: item.permanent,
          retentionEndsOn: null,
          legalHold: false,
          legalHoldReason: null,
          disposalId: null,
          createdBy: ctx.userId,
          version: 1,
        });
        await createSubject(tx, RECORD_FILE_LIFECYCLE, file, {
          action: 'open',
          data: (row) => ({ code: row.code, listItemId: row.listItemId, retention: retentionLabel(row) }),
        });
        return file.id;
      });
      return this.get(ctx, id);
    } catch (error) {
      if (isUniqueViolation(error, 'record_files_code'))
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            'code',
            'Số và ký hiệu hồ sơ đã được dùng',
            'code is already used by another record file',
          ),
        ]);
      throw error;
    }
  }

  /** Closes a file when the work ends: its retention runs from that day (a deadline at its end). */
  async close(ctx: RequestContext, id: string, dto: CloseRecordFileDto): Promise<RecordFileDetail> {
    await this.uow.run(ctx, async (tx) => {
      const file = await this.lock(tx, id);
      assertMayKeep(ctx, file.agencyId, 'recordFile');
      const closedOn = dto.closedOn ?? this.clock.today();
      if (closedOn < file.openedOn || closedOn > this.clock.today()) {
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            'closedOn',
            'Ngày kết thúc hồ sơ phải từ ngày mở hồ sơ đến hôm nay',
            'closedOn must lie between openedOn and today',
          ),
        ]);
      }
      const retentionEndsOn = file.permanent ? null : addMonths(closedOn, 12 * (file.retentionYears ?? 0));
      await RECORD_FILE_LIFECYCLE.transition(tx, file, 'CLOSED', {
        expectedVersion: dto.version,
        data: { closedOn, retentionEndsOn, retention: retentionLabel(file) },
        set: { closedOn, retentionEndsOn },
      });
      if (retentionEndsOn) {
        await this.deadlines.register(
          tx,
          secretaryDeadline(
            file,
            'recordFile',
            'RECORD_RETENTION',
            `Hết thời hạn bảo quản hồ sơ ${file.code} ${file.title}: xem xét đề nghị hủy`,
            retentionEndsOn,
          ),
        );
      }
    });
    return this.get(ctx, id);
  }

  /** A legal hold keeps the file whatever its retention: no disposal includes it while held. */
  async hold(ctx: RequestContext, id: string, dto: LegalHoldDto): Promise<RecordFileDetail> {
    return this.setHold(ctx, id, true, dto);
  }

  async release(ctx: RequestContext, id: string, dto: LegalHoldDto): Promise<RecordFileDetail> {
    return this.setHold(ctx, id, false, dto);
  }

  async items(ctx: RequestContext, id: string, page: PageQuery): Promise<Page<RecordItemView>> {
    await this.findReadable(this.uow.manager, ctx, id);
    const qb = this.uow.dataSource
      .getRepository(RecordItem)
      .createQueryBuilder('i')
      .where('i.file_id = :id', { id });
    const [rows, total] = await fetchInOrder(qb, page, 'i.created_at', 'ASC');
    return page.result(rows.map(toItemView), total);
  }

  /** Streams a scan or a filled form into storage, then records it in the open file with its metadata. */
  async upload(
    ctx: RequestContext,
    id: string,
    metadata: RecordItemMetadataQuery,
    request: Request,
  ): Promise<RecordItemView> {
    const file = await this.findReadable(this.uow.manager, ctx, id);
    assertMayKeep(ctx, file.agencyId, 'recordFile');
    RECORD_FILE_LIFECYCLE.requireState(file.status, 'OPEN');
    const blob = await this.intake.receive(request);
    return this.uow.run(ctx, async (tx) => {
      // checked again under the lock: the file may have been closed while the bytes streamed
      const locked = await this.lock(tx, id, 'pessimistic_read');
      RECORD_FILE_LIFECYCLE.requireState(locked.status, 'OPEN');
      const item = tx.manager.create(RecordItem, {
        agencyId: file.agencyId,
        fileId: id,
        ...uploadedFileColumns(blob, ctx.userId),
        number: clean(metadata.number),
        issuedOn: metadata.issuedOn ?? null,
        author: clean(metadata.author),
        title: clean(metadata.title),
        formCode: clean(metadata.formCode),
        disposedAt: null,
      });
      await RECORD_ITEM_HISTORY.create(tx, item, {
        data: (row) => ({
          itemId: row.id,
          name: row.name,
          size: blob.size,
          sha256: blob.sha256,
          number: row.number,
          issuedOn: row.issuedOn,
          author: row.author,
        }),
      });
      return toItemView(item);
    });
  }

  async download(
    ctx: RequestContext,
    fileId: string,
    itemId: string,
    response: Response,
    redirect: boolean,
  ): Promise<void> {
    const item = await this.uow.dataSource.getRepository(RecordItem).findOneBy({ id: itemId, fileId });
    if (!item || !ctx.canRead(item.agencyId)) throw DomainError.notFound('recordItem');
    // disposed of: the bytes are gone for good (the disposal says when and on whose approval)
    if (item.storageKey === null) throw DomainError.stateConflict('recordFile', 'DISPOSED');
    await this.downloads.send(ctx, response, { ...item, storageKey: item.storageKey }, redirect);
  }

  private async setHold(
    ctx: RequestContext,
    id: string,
    hold: boolean,
    dto: LegalHoldDto,
  ): Promise<RecordFileDetail> {
    await this.uow.run(ctx, async (tx) => {
      const file = await this.lock(tx, id);
      assertMayKeep(ctx, file.agencyId, 'recordFile', HOLD_ROLES);
      RECORD_FILE_LIFECYCLE.requireState(file.status, 'OPEN', 'CLOSED');
      await RECORD_FILE_HISTORY.update(
        tx,
        file,
        { legalHold: hold, legalHoldReason: hold ? clean(dto.reason) : null },
        {
          action: hold ? 'legalHold.place' : 'legalHold.release',
          reason: clean(dto.reason),
          expectedVersion: dto.version,
        },
      );
    });
    return this.get(ctx, id);
  }

  /** The file when the caller reads its agency, read under a row lock when asked for; 404 otherwise. */
  private async findReadable(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
    lock?: 'pessimistic_write' | 'pessimistic_read',
  ): Promise<RecordFile> {
    const file = await manager.getRepository(RecordFile).findOne({
      where: { id },
      ...(lock ? { lock: { mode: lock } } : {}),
    });
    if (!file || !ctx.canRead(file.agencyId)) throw DomainError.notFound('recordFile');
    return file;
  }

  private async lock(
    tx: Transaction,
    id: string,
    mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write',
  ): Promise<RecordFile> {
    return this.findReadable(tx.manager, tx.ctx, id, mode);
  }

  private async itemCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.uow.dataSource.query<{ file_id: string; count: number }[]>(
      'SELECT file_id, count(*)::int AS count FROM record_items WHERE file_id = ANY($1::uuid[]) GROUP BY file_id',
      [ids],
    );
    return new Map(rows.map((r) => [r.file_id, Number(r.count)]));
  }
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function toFileView(f: RecordFile, itemCount: number): RecordFileView {
  return {
    ...pickFields(f, [
      'id',
      'agencyId',
      'listId',
      'listItemId',
      'code',
      'title',
      'openedOn',
      'closedOn',
      'status',
      'retentionYears',
      'permanent',
    ]),
    retention: retentionLabel(f),
    ...pickFields(f, ['retentionEndsOn', 'legalHold', 'legalHoldReason', 'disposalId']),
    itemCount,
    ...pickFields(f, ['version', 'createdAt']),
  };
}

export function toItemView(i: RecordItem): RecordItemView {
  return {
    ...pickFields(i, ['id', 'fileId', 'name']),
    size: Number(i.size),
    ...pickFields(i, [
      'contentType',
      'sha256',
      'number',
      'issuedOn',
      'author',
      'title',
      'formCode',
      'uploadedBy',
      'disposedAt',
      'createdAt',
    ]),
  };
}
