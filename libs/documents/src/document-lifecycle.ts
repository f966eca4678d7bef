import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  addDays,
  addMonths,
  Clock,
  DomainError,
  endOfBusinessDate,
  OnTransition,
  RequestContext,
  Transaction,
  TransitionChange,
  TransitionOptions,
  UnitOfWork,
  invalidField,
} from '@app/platform';
import {
  ApprovalKind,
  ApprovalRequest,
  ApprovalStep,
  ApprovalSubjectHandler,
  ApprovalSubjects,
  PreparedSubject,
  REQUEST_LIFECYCLE,
  RequestStatus,
  STEP_LIFECYCLE,
  StepStatus,
  SubjectSnapshot,
} from '@app/approvals';
import { DeadlinesService } from '@app/deadlines';
import { activeUserIds } from '@app/identity';
import { activeUserIdsWithRoles } from '@app/reporting';
import { AUTHORING_ROLES, DOCUMENT_ROLES } from './document-access';
import { ReviewSchedule } from './review-schedule';
import {
  Document,
  DOCUMENT_LIFECYCLE,
  DocumentVersion,
  VERSION_LIFECYCLE,
  VersionStatus,
} from './document.entity';

type RequestChange = TransitionChange<RequestStatus, ApprovalRequest>;
type StepChange = TransitionChange<StepStatus, ApprovalStep>;

/** Days a reader has to acknowledge a newly effective version. */
const ACKNOWLEDGEMENT_DAYS = 14;

/**
 * How documents move when their approval requests do (@OnTransition hooks of the request and
 * step lifecycles, in the transaction of the decision): ISSUE and REVISION make the approved
 * version effective on its effective date (superseding the previous one in the same
 * transaction); WITHDRAWAL takes the document out of force. Also the approval engine's subject
 * handler for documents (may a request be opened, who sees it, what is decided on).
 */
@Injectable()
export class DocumentLifecycle implements ApprovalSubjectHandler, OnModuleInit {
  readonly kinds = ['ISSUE', 'REVISION', 'WITHDRAWAL'] as const;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly subjects: ApprovalSubjects,
    private readonly deadlines: DeadlinesService,
    private readonly reviews: ReviewSchedule,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.subjects.register('document', this);
  }

  async prepare(
    tx: Transaction,
    input: { kind: ApprovalKind; subjectId: string; versionId?: string },
  ): Promise<PreparedSubject> {
    const { ctx, manager } = tx;
    const document = await manager
      .getRepository(Document)
      .findOne({ where: { id: input.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!document || !(ctx.isSystemAdmin || ctx.hasRole(document.agencyId, ...DOCUMENT_ROLES)))
      throw DomainError.notFound('document');
    if (!ctx.isSystemAdmin && !ctx.hasRole(document.agencyId, ...AUTHORING_ROLES))
      throw DomainError.forbidden();
    // one open request per document (the unique index is the backstop): say so, rather than
    // "no draft version" once the draft of the open request has gone into approval
    const open = await manager.existsBy(ApprovalRequest, {
      subjectType: 'document',
      subjectId: document.id,
      status: In(['DRAFT', 'IN_PROGRESS']),
    });
    if (open) throw new DomainError('APPROVAL_ALREADY_OPEN');

    if (input.kind === 'WITHDRAWAL') {
      DOCUMENT_LIFECYCLE.assert(document.status, 'WITHDRAWN');
      return { agencyId: document.agencyId, subjectVersionId: null, drafterId: null };
    }
    DOCUMENT_LIFECYCLE.assert(document.status, 'EFFECTIVE', input.kind === 'ISSUE' ? 'issue' : 'revise');
    // by default the open version (a document has at most one): one already in approval, or
    // approved for a later date, is a 409 naming its state rather than a 404
    const version = input.versionId
      ? await manager.findOneBy(DocumentVersion, { id: input.versionId, documentId: document.id })
      : await manager.findOne(DocumentVersion, {
          where: { documentId: document.id, status: In(['DRAFT', 'IN_APPROVAL', 'APPROVED']) },
          order: { revision: 'DESC' },
        });
    if (!version && input.versionId) {
      throw invalidField(
        'versionId',
        'versionId không phải là phiên bản của tài liệu này',
        'versionId is not a version of this document',
      );
    }
    if (!version) throw DomainError.notFound('documentVersion');
    VERSION_LIFECYCLE.assert(version.status, 'IN_APPROVAL');
    return { agencyId: document.agencyId, subjectVersionId: version.id, drafterId: version.draftedBy };
  }

  async canView(ctx: RequestContext, _manager: EntityManager, request: ApprovalRequest): Promise<boolean> {
    return ctx.isSystemAdmin || ctx.hasRole(request.agencyId, ...DOCUMENT_ROLES);
  }

  async snapshot(manager: EntityManager, request: ApprovalRequest): Promise<SubjectSnapshot> {
    // the document with the version under decision (approvers decide on the title it will give),
    // then its files: two statements a decision
    const [subject] = await manager.query<
      { code: string; title: string; version_id: string | null; proposed_title: string | null }[]
    >(
      `SELECT d.code, d.title, coalesce($2::uuid, d.current_version_id) AS version_id, v.proposed_title
         FROM documents d LEFT JOIN document_versions v ON v.id = $2::uuid
        WHERE d.id = $1`,
      [request.subjectId, request.subjectVersionId],
    );
    if (!subject) throw DomainError.notFound('document');
    const files = subject.version_id
      ? await manager.query<{ sha256: string }[]>(
          'SELECT sha256 FROM document_files WHERE version_id = $1 AND removed_at IS NULL ORDER BY created_at, id',
          [subject.version_id],
        )
      : [];
    return {
      fileHashes: files.map((f) => f.sha256),
      title: `${subject.code} ${subject.proposed_title ?? subject.title}`,
    };
  }

  /** The drafter of the version under decision and everyone who uploaded one of its files. */
  async authorsOf(manager: EntityManager, request: ApprovalRequest): Promise<string[]> {
    if (!request.subjectVersionId) return [];
    const rows = await manager.query<{ user_id: string }[]>(
      `SELECT drafted_by AS user_id FROM document_versions WHERE id = $1 AND drafted_by IS NOT NULL
       UNION SELECT uploaded_by FROM document_files WHERE version_id = $1 AND uploaded_by IS NOT NULL`,
      [request.subjectVersionId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Before a request goes into approval: a withdrawal needs the document in force, a version its files. */
  @OnTransition(REQUEST_LIFECYCLE, { to: 'IN_PROGRESS', phase: 'start' })
  async checkSubmittable(tx: Transaction, { subject: request }: RequestChange): Promise<void> {
    if (request.subjectType !== 'document') return;
    if (!request.subjectVersionId) {
      const document = await this.lockDocument(tx.manager, request.subjectId);
      DOCUMENT_LIFECYCLE.assert(document.status, 'WITHDRAWN');
      return;
    }
    const files = await tx.manager.query(
      'SELECT 1 FROM document_files WHERE version_id = $1 AND removed_at IS NULL LIMIT 1',
      [request.subjectVersionId],
    );
    if (files.length === 0) throw new DomainError('VERSION_HAS_NO_FILES');
  }

  /** In approval, the version is frozen. */
  @OnTransition(REQUEST_LIFECYCLE, { to: 'IN_PROGRESS' })
  async freezeVersion(tx: Transaction, { subject: request }: RequestChange): Promise<void> {
    if (request.subjectType !== 'document' || !request.subjectVersionId) return;
    await this.moveVersion(tx, request.subjectVersionId, 'IN_APPROVAL', { data: { reason: request.reason } });
  }

  /** Each approved step signs the version: the review by the secretary, the approval by the head. */
  @OnTransition(STEP_LIFECYCLE, { to: 'APPROVED' })
  async signVersion(tx: Transaction, { subject: step, data }: StepChange): Promise<void> {
    const request = await tx.manager.findOneByOrFail(ApprovalRequest, { id: String(data?.requestId) });
    if (request.subjectType !== 'document' || !request.subjectVersionId) return;
    const column =
      step.meaning === 'APPROVED'
        ? { approvedBy: step.decidedBy, approvedAt: this.clock.now() }
        : { reviewedBy: step.decidedBy, reviewedAt: this.clock.now() };
    await tx.manager.update(DocumentVersion, { id: request.subjectVersionId }, column);
  }

  @OnTransition(REQUEST_LIFECYCLE, { to: 'APPROVED' })
  async onApproved(tx: Transaction, { subject: request }: RequestChange): Promise<void> {
    if (request.subjectType !== 'document') return;
    if (request.kind === 'WITHDRAWAL') {
      await this.withdraw(tx, request);
      return;
    }
    const versionId = request.subjectVersionId!;
    const effectiveFrom =
      request.effectiveDate && request.effectiveDate > this.clock.today()
        ? request.effectiveDate
        : this.clock.today();
    await this.moveVersion(tx, versionId, 'APPROVED', { data: { effectiveFrom }, set: { effectiveFrom } });
    if (effectiveFrom <= this.clock.today()) {
      await this.activate(tx, versionId);
    } else {
      // the worker makes it effective at the start of that day (and its sweep catches up if a job was lost)
      tx.emit('document.versionScheduled', { versionId, effectiveFrom });
    }
  }

  /** Rejected: the version ends there; returned or cancelled: it is a draft again. */
  @OnTransition(REQUEST_LIFECYCLE, { from: 'IN_PROGRESS', to: ['REJECTED', 'RETURNED', 'CANCELLED'] })
  async onClosed(tx: Transaction, { subject: request, to }: RequestChange): Promise<void> {
    if (request.subjectType !== 'document' || !request.subjectVersionId) return;
    await this.moveVersion(tx, request.subjectVersionId, to === 'REJECTED' ? 'REJECTED' : 'DRAFT', {
      data: { reason: request.reason },
    });
  }

  /**
   * Makes an approved version effective if its date has come: the previous effective version
   * is superseded first (the database allows one effective version per document), the
   * document points at the new one, its next review is scheduled and its readers owe an
   * acknowledgement. Returns false when there was nothing to do (already done, or not yet due).
   */
  async activate(tx: Transaction, versionId: string): Promise<boolean> {
    const version = await tx.manager.findOneBy(DocumentVersion, { id: versionId });
    if (!version) return false;
    const document = await this.lockDocument(tx.manager, version.documentId);
    const fresh = await tx.manager.findOneByOrFail(DocumentVersion, { id: versionId });
    const effectiveFrom = fresh.effectiveFrom;
    if (effectiveFrom === null || effectiveFrom > this.clock.today()) return false;
    // already effective, or the document was withdrawn meanwhile: nothing to do
    if (
      !VERSION_LIFECYCLE.can(fresh.status, 'EFFECTIVE') ||
      !DOCUMENT_LIFECYCLE.can(document.status, 'EFFECTIVE')
    )
      return false;

    if (document.currentVersionId) {
      await this.moveVersion(tx, document.currentVersionId, 'SUPERSEDED', {
        data: { supersededBy: versionId },
        set: { supersededAt: this.clock.now() },
      });
      // nobody owes a reading of a version no longer in force
      await this.deadlines.cancel(tx, 'documentVersion', document.currentVersionId, 'ACKNOWLEDGEMENT');
    }
    // the version as read after the lock, not read a third time
    await VERSION_LIFECYCLE.transition(tx, fresh, 'EFFECTIVE', {
      data: { effectiveFrom },
      set: { effectiveFrom },
    });
    const nextReviewDate = addMonths(effectiveFrom, document.reviewIntervalMonths);
    // a title proposed by the revision takes effect with it, never before
    const retitled = fresh.proposedTitle !== null && fresh.proposedTitle !== document.title;
    const titleChange = retitled ? { title: { from: document.title, to: fresh.proposedTitle } } : {};
    // issue (from DRAFT) or revise (EFFECTIVE again): one audit entry and document.versionEffective
    await DOCUMENT_LIFECYCLE.transition(tx, document, 'EFFECTIVE', {
      data: { versionId, revision: fresh.revision, ...titleChange },
      set: { currentVersionId: versionId, nextReviewDate, title: fresh.proposedTitle ?? document.title },
    });

    await this.reviews.moveDeadline(tx, document, nextReviewDate, 'restart');
    await this.requireAcknowledgements(tx, document, fresh);
    return true;
  }

  /** Activates every approved version whose date has come (the sweep behind the scheduled jobs). */
  async activateDue(): Promise<number> {
    const due = await this.uow.dataSource.query<{ id: string }[]>(
      "SELECT id FROM document_versions WHERE status = 'APPROVED' AND effective_from <= $1 ORDER BY effective_from, id LIMIT 500",
      [this.clock.today()],
    );
    let activated = 0;
    for (const { id } of due) {
      if (await this.uow.run(RequestContext.system('activation'), (tx) => this.activate(tx, id)))
        activated += 1;
    }
    return activated;
  }

  private async withdraw(tx: Transaction, request: ApprovalRequest): Promise<void> {
    const document = await this.lockDocument(tx.manager, request.subjectId);
    const lastVersionId = document.currentVersionId;
    // no review date once withdrawn: the register shows none
    await DOCUMENT_LIFECYCLE.transition(tx, document, 'WITHDRAWN', {
      reason: request.reason,
      set: { nextReviewDate: null },
    });
    // its last version is withdrawn with it: no version stays in force
    if (lastVersionId) {
      await this.moveVersion(tx, lastVersionId, 'WITHDRAWN', {
        reason: request.reason,
        data: { withdrawnWith: document.id },
      });
    }
    await this.deadlines.cancel(tx, 'document', document.id);
    if (lastVersionId) await this.deadlines.cancel(tx, 'documentVersion', lastVersionId);
  }

  private async requireAcknowledgements(
    tx: Transaction,
    document: Document,
    version: DocumentVersion,
  ): Promise<void> {
    // the distribution list was checked when written; users who left since owe nothing (and an
    // id that is no user never reaches the insert)
    const readers = document.distributionUserIds?.length
      ? (await activeUserIds(tx.manager, document.distributionUserIds)).sort()
      : await activeUserIdsWithRoles(tx.manager, [document.agencyId], ['STAFF']);
    if (readers.length === 0) return;
    await tx.manager.query(
      `INSERT INTO acknowledgements (document_id, version_id, agency_id, user_id)
       SELECT $1, $2, $3, unnest($4::uuid[]) ON CONFLICT (version_id, user_id) DO NOTHING`,
      [document.id, version.id, document.agencyId, readers],
    );
    await this.deadlines.register(tx, {
      agencyId: document.agencyId,
      kind: 'ACKNOWLEDGEMENT',
      subjectType: 'documentVersion',
      subjectId: version.id,
      title: `Đọc và xác nhận ${document.code} ${document.title} (lần ban hành ${version.revision})`,
      dueAt: endOfBusinessDate(addDays(this.clock.today(), ACKNOWLEDGEMENT_DAYS)),
      responsibleUserIds: readers,
    });
  }

  /** Reads a version and moves it (the engine checks the table and the version it read). */
  private async moveVersion(
    tx: Transaction,
    versionId: string,
    to: VersionStatus,
    options: TransitionOptions<DocumentVersion>,
  ): Promise<void> {
    const version = await tx.manager.findOneByOrFail(DocumentVersion, { id: versionId });
    await VERSION_LIFECYCLE.transition(tx, version, to, options);
  }

  private async lockDocument(manager: EntityManager, id: string): Promise<Document> {
    const document = await manager
      .getRepository(Document)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!document) throw DomainError.notFound('document');
    return document;
  }
}
