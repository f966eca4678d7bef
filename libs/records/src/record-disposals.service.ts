import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  bilingualDetail,
  Clock,
  createSubject,
  DomainError,
  fetchPage,
  OnTransition,
  Page,
  pickFields,
  RequestContext,
  Transaction,
  UnitOfWork,
} from '@app/platform';
import { ApprovalSubjects, REQUEST_LIFECYCLE } from '@app/approvals';
import { meetsDeadline } from '@app/deadlines';
import { assertAgencyActive } from '@app/organization';
import { OrphanBlobs } from '@app/storage';
import { CreateDisposalDto, ListDisposalsQuery } from './dto/records.dto';
import {
  DISPOSAL_LIFECYCLE,
  DisposedObject,
  RECORD_FILE_LIFECYCLE,
  RecordDisposal,
  RecordFile,
  RecordItem,
} from './record.entities';
import { assertMayKeep, clean, readableRecords } from './records-access';
import {
  ApprovalRequestChange,
  ApprovalRequestRow,
  RecordsApprovalSubject,
  SubjectSnapshot,
} from './records-approval-subject';

export interface DisposalFileView {
  id: string;
  code: string;
  title: string;
  closedOn: string | null;
  retentionEndsOn: string | null;
  status: string;
  legalHold: boolean;
}

export interface RecordDisposalView {
  id: string;
  agencyId: string;
  status: string;
  reason: string;
  fileIds: string[];
  /** Fixed at approval: each object disposed of, with its sha256. */
  objects: DisposedObject[] | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  executedAt: Date | null;
  removedKeys: string[] | null;
  /** Objects kept because another record still holds the same bytes. */
  keptKeys: string[] | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
}

export interface RecordDisposalDetail extends RecordDisposalView {
  files: DisposalFileView[];
}

const SORTABLE = { createdAt: 'd.created_at', status: 'd.status' };

/** A disposed file no longer owes its retention deadline. */
meetsDeadline(RECORD_FILE_LIFECYCLE, { to: 'DISPOSED', kind: 'RECORD_RETENTION' });

/** A file in one of these is taken: a proposal still in draft holds nothing. */
const OPEN_DISPOSAL: RecordDisposal['status'][] = ['IN_APPROVAL', 'APPROVED'];

/**
 * Disposal of record files whose retention has ended (Nghị định 30/2020 art. 30): proposed by the
 * ISO secretary, approved by the head of agency through the approval engine (subject
 * `recordDisposal`, kind DISPOSAL: this service is its handler), then carried out: on approval the
 * files are DISPOSED and their items give up their objects in the decision's transaction, and the
 * worker removes the objects (`recordDisposal.approved`). A legal hold on any file blocks every
 * step (409). The disposal row and the audit trail keep what was disposed of, its sha256 and who
 * approved it, for good.
 */
@Injectable()
export class RecordDisposalsService extends RecordsApprovalSubject<RecordDisposal> {
  readonly kinds = ['DISPOSAL'] as const;
  private readonly logger = new Logger('RecordDisposals');

  constructor(
    private readonly uow: UnitOfWork,
    subjects: ApprovalSubjects,
    private readonly blobs: OrphanBlobs,
    private readonly clock: Clock,
  ) {
    super(subjects, DISPOSAL_LIFECYCLE);
  }

  async list(ctx: RequestContext, query: ListDisposalsQuery): Promise<Page<RecordDisposalView>> {
    const qb = readableRecords(this.uow.dataSource, RecordDisposal, 'd', ctx, {
      agency_id: query.agencyId,
      status: query.status,
    });
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'createdAt', 'DESC');
    return query.result(rows.map(toDisposalView), total);
  }

  async get(ctx: RequestContext, id: string): Promise<RecordDisposalDetail> {
    const disposal = await this.uow.dataSource.getRepository(RecordDisposal).findOneBy({ id });
    if (!disposal || !ctx.canRead(disposal.agencyId)) throw DomainError.notFound('recordDisposal');
    const files = await this.uow.dataSource
      .getRepository(RecordFile)
      .find({ where: { id: In(disposal.fileIds) }, order: { code: 'ASC' } });
    return {
      ...toDisposalView(disposal),
      files: files.map((f) =>
        pickFields(f, ['id', 'code', 'title', 'closedOn', 'retentionEndsOn', 'status', 'legalHold']),
      ),
    };
  }

  /** A proposal listing the files to dispose of (by default every file due); each must be due and free. */
  async create(ctx: RequestContext, dto: CreateDisposalDto): Promise<RecordDisposalDetail> {
    assertMayKeep(ctx, dto.agencyId, 'agency');
    const id = await this.uow.run(ctx, async (tx) => {
      await assertAgencyActive(tx.manager, dto.agencyId);
      const fileIds = dto.fileIds?.length ? dto.fileIds : await this.dueFileIds(tx.manager, dto.agencyId);
      if (fileIds.length === 0) throw new DomainError('RECORD_NOTHING_DUE');
      await this.assertDisposable(tx.manager, dto.agencyId, fileIds, null);
      const disposal = tx.manager.create(RecordDisposal, {
        agencyId: dto.agencyId,
        status: 'DRAFT',
        reason: clean(dto.reason),
        fileIds,
        objects: null,
        approvedBy: null,
        approvedAt: null,
        executedAt: null,
        removedKeys: null,
        keptKeys: null,
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, DISPOSAL_LIFECYCLE, disposal, {
        action: 'propose',
        reason: disposal.reason,
        data: { fileIds },
      });
      return disposal.id;
    });
    return this.get(ctx, id);
  }

  // --- the approval engine's subject handler -------------------------------------------------

  /** The approver decides on these bytes: the sha256 of every item still kept in the files. */
  async snapshot(manager: EntityManager, request: ApprovalRequestRow): Promise<SubjectSnapshot> {
    const disposal = await manager.findOneByOrFail(RecordDisposal, { id: request.subjectId });
    const items = await manager.find(RecordItem, {
      where: { fileId: In(disposal.fileIds) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      fileHashes: items.map((i) => i.sha256),
      title: `Hủy ${disposal.fileIds.length} hồ sơ hết thời hạn bảo quản`,
    };
  }

  async authorsOf(manager: EntityManager, request: ApprovalRequestRow): Promise<string[]> {
    const disposal = await manager.findOneByOrFail(RecordDisposal, { id: request.subjectId });
    return disposal.createdBy ? [disposal.createdBy] : [];
  }

  /** Before it goes into approval, and again before it is approved: every file still due and not on hold. */
  @OnTransition(REQUEST_LIFECYCLE, { to: ['IN_PROGRESS', 'APPROVED'], phase: 'start' })
  async recheck(tx: Transaction, { subject: request }: ApprovalRequestChange): Promise<void> {
    const disposal = await this.subjectOf(tx, request);
    if (!disposal) return;
    await this.assertDisposable(tx.manager, disposal.agencyId, disposal.fileIds, disposal.id);
  }

  @OnTransition(REQUEST_LIFECYCLE, { to: 'IN_PROGRESS' })
  async submitted(tx: Transaction, { subject: request }: ApprovalRequestChange): Promise<void> {
    const disposal = await this.subjectOf(tx, request);
    if (!disposal) return;
    await DISPOSAL_LIFECYCLE.transition(tx, disposal, 'IN_APPROVAL', { data: { requestId: request.id } });
  }

  /**
   * Approved: each file is DISPOSED, each item gives up its object (kept: its metadata and sha256),
   * the retention deadlines are met, and the disposal records every object with its sha256; the
   * worker then removes the objects (recordDisposal.approved).
   */
  @OnTransition(REQUEST_LIFECYCLE, { to: 'APPROVED' })
  async approved(tx: Transaction, { subject: request }: ApprovalRequestChange): Promise<void> {
    const disposal = await this.subjectOf(tx, request);
    if (!disposal) return;
    const now = this.clock.now();
    const files = await tx.manager.find(RecordFile, {
      where: { id: In(disposal.fileIds) },
      order: { code: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const objects: DisposedObject[] = [];
    for (const file of files) {
      const items = await tx.manager.find(RecordItem, {
        where: { fileId: file.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const disposed = items
        .filter((i) => i.storageKey !== null)
        .map((i) => ({
          fileId: file.id,
          fileCode: file.code,
          itemId: i.id,
          name: i.name,
          sha256: i.sha256,
          size: Number(i.size),
          objectKey: i.storageKey!,
        }));
      objects.push(...disposed);
      await RECORD_FILE_LIFECYCLE.transition(tx, file, 'DISPOSED', {
        reason: disposal.reason,
        data: {
          disposalId: disposal.id,
          requestId: request.id,
          objects: disposed.map((o) => ({ itemId: o.itemId, name: o.name, sha256: o.sha256 })),
        },
        set: { disposalId: disposal.id },
      });
      if (disposed.length > 0) {
        await tx.manager.update(RecordItem, { fileId: file.id }, { storageKey: null, disposedAt: now });
      }
    }
    await DISPOSAL_LIFECYCLE.transition(tx, disposal, 'APPROVED', {
      reason: request.reason,
      data: {
        requestId: request.id,
        approvedBy: tx.ctx.userId,
        files: files.map((f) => ({ fileId: f.id, code: f.code, title: f.title })),
        objects,
      },
      set: { approvedBy: tx.ctx.userId, approvedAt: now, objects },
    });
  }

  @OnTransition(REQUEST_LIFECYCLE, { from: 'IN_PROGRESS', to: ['REJECTED', 'RETURNED', 'CANCELLED'] })
  async closed(tx: Transaction, { subject: request, to }: ApprovalRequestChange): Promise<void> {
    const disposal = await this.subjectOf(tx, request);
    if (!disposal) return;
    await DISPOSAL_LIFECYCLE.transition(tx, disposal, to === 'REJECTED' ? 'REJECTED' : 'DRAFT', {
      data: { requestId: request.id, request: to },
    });
  }

  // --- carried out by the worker ------------------------------------------------------------

  /**
   * Removes the objects of an approved disposal (those no other row owns) and marks it EXECUTED
   * with what was removed and kept. Idempotent: an executed disposal is left alone, and removing
   * a missing object succeeds.
   */
  async execute(disposalId: string): Promise<boolean> {
    const disposal = await this.uow.dataSource.getRepository(RecordDisposal).findOneBy({ id: disposalId });
    if (!disposal || disposal.status !== 'APPROVED') return false;
    const keys = (disposal.objects ?? []).map((o) => o.objectKey);
    const { removed, kept } = await this.blobs.removeUnowned(keys, disposal.approvedAt ?? this.clock.now());
    return this.uow.run(RequestContext.system('record-disposal'), async (tx) => {
      const locked = await this.lock(tx.manager, tx.ctx, disposalId);
      if (locked.status !== 'APPROVED') return false;
      await DISPOSAL_LIFECYCLE.transition(tx, locked, 'EXECUTED', {
        data: {
          removed: removed.map((key) => ({ objectKey: key, sha256: key.split('/').pop() })),
          kept,
        },
        set: { executedAt: this.clock.now(), removedKeys: removed, keptKeys: kept.map((k) => k.key) },
      });
      this.logger.log(
        { disposalId, removed: removed.length, kept: kept.length },
        'record disposal carried out',
      );
      return true;
    });
  }

  /** Approved disposals not yet carried out (a job lost with Redis): the sweep behind the event. */
  async approvedIds(): Promise<string[]> {
    const rows = await this.uow.dataSource.query<{ id: string }[]>(
      "SELECT id FROM record_disposals WHERE status = 'APPROVED' ORDER BY approved_at, id LIMIT 100",
    );
    return rows.map((r) => r.id);
  }

  // --- helpers -------------------------------------------------------------------------------

  private async dueFileIds(manager: EntityManager, agencyId: string): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT f.id FROM record_files f
        WHERE f.agency_id = $1 AND f.status = 'CLOSED' AND NOT f.permanent AND f.retention_ends_on <= $2
          AND NOT f.legal_hold
          AND NOT EXISTS (SELECT 1 FROM record_disposals d
                           WHERE d.status = ANY($3::text[]) AND f.id = ANY(d.file_ids))
        ORDER BY f.code LIMIT 500`,
      [agencyId, this.clock.today(), OPEN_DISPOSAL],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Every file belongs to the agency, is closed, its retention has ended, is not on legal hold and
   * is in no other open disposal: 409 naming each file that is not (400 for an unknown id).
   */
  private async assertDisposable(
    manager: EntityManager,
    agencyId: string,
    fileIds: string[],
    disposalId: string | null,
  ): Promise<void> {
    const files = await manager.find(RecordFile, { where: { id: In(fileIds), agencyId } });
    const found = new Set(files.map((f) => f.id));
    const unknown = fileIds.findIndex((id) => !found.has(id));
    if (unknown >= 0) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail(
          `fileIds[${unknown}]`,
          'Không có hồ sơ này trong cơ quan',
          'no such record file in this agency',
        ),
      ]);
    }
    const held = files.filter((f) => f.legalHold);
    if (held.length > 0) {
      throw filesConflict(
        'RECORD_FILE_ON_LEGAL_HOLD',
        held,
        (f) => `${f.code}: ${f.legalHoldReason ?? 'đang bị phong tỏa'}`,
        (f) => `${f.code} is on legal hold`,
      );
    }
    const today = this.clock.today();
    const notDue = files.filter(
      (f) => f.status !== 'CLOSED' || f.permanent || !f.retentionEndsOn || f.retentionEndsOn > today,
    );
    if (notDue.length > 0) {
      throw filesConflict(
        'RECORD_FILE_NOT_DUE',
        notDue,
        (f) =>
          `${f.code}: ${f.permanent ? 'bảo quản vĩnh viễn' : f.retentionEndsOn ? `hết hạn ngày ${f.retentionEndsOn}` : 'chưa kết thúc'}`,
        (f) =>
          `${f.code}: ${f.permanent ? 'kept permanently' : f.retentionEndsOn ? `retention ends ${f.retentionEndsOn}` : 'not closed'}`,
      );
    }
    const others = await manager.query<{ id: string; file_id: string }[]>(
      `SELECT d.id, f AS file_id FROM record_disposals d, unnest(d.file_ids) f
        WHERE d.status = ANY($1::text[]) AND f = ANY($2::uuid[]) AND ($3::uuid IS NULL OR d.id <> $3)`,
      [OPEN_DISPOSAL, fileIds, disposalId],
    );
    if (others.length > 0) {
      throw new DomainError(
        'RECORD_FILE_IN_DISPOSAL',
        {},
        others.map((o) => bilingualDetail(o.file_id, `đề nghị hủy ${o.id}`, `disposal ${o.id}`)),
      );
    }
  }
}

/** A refusal naming each file (its id) with why, in both languages. */
function filesConflict(
  code: 'RECORD_FILE_ON_LEGAL_HOLD' | 'RECORD_FILE_NOT_DUE',
  files: RecordFile[],
  vi: (file: RecordFile) => string,
  en: (file: RecordFile) => string,
): DomainError {
  return new DomainError(
    code,
    {},
    files.map((f) => bilingualDetail(f.id, vi(f), en(f))),
  );
}

function toDisposalView(d: RecordDisposal): RecordDisposalView {
  return pickFields(d, [
    'id',
    'agencyId',
    'status',
    'reason',
    'fileIds',
    'objects',
    'approvedBy',
    'approvedAt',
    'executedAt',
    'removedKeys',
    'keptKeys',
    'createdBy',
    'version',
    'createdAt',
  ]);
}
