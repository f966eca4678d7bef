import { OnModuleInit } from '@nestjs/common';
import type { EntityManager, EntityTarget } from 'typeorm';
import { DomainError, Lifecycle, RequestContext, Transaction } from '@app/platform';
import {
  ApprovalKind,
  ApprovalRequestChange,
  ApprovalSubjectHandler,
  ApprovalSubjects,
  PreparedSubject,
  SubjectSnapshot,
} from '@app/approvals';
import { APPROVAL_VIEWERS, assertMayKeep } from './records-access';

export type ApprovalRequestRow = ApprovalRequestChange['subject'];
export type { ApprovalRequestChange, PreparedSubject, SubjectSnapshot };

/** A records row the head of agency approves through the approval engine. */
interface ApprovedRow {
  id: string;
  agencyId: string;
  status: string;
  createdBy: string | null;
}

/**
 * What the records subjects of the approval engine (the yearly list, a disposal) share: each
 * registers itself under its subject type, shows its requests to the agency's approval viewers,
 * lets only the record keepers open a request on a row that may go into approval, and reacts to
 * a request's transitions (its @OnTransition hooks) only when the request is about its own rows.
 * The row's lifecycle says the rest: its subject (the approval engine's subject type, also the
 * resource a 404 names), its entity, and whether the row may move to IN_APPROVAL.
 */
export abstract class RecordsApprovalSubject<T extends ApprovedRow>
  implements ApprovalSubjectHandler, OnModuleInit
{
  abstract readonly kinds: readonly ApprovalKind[];

  /** The approval engine's subject type, also the resource named by a 404. */
  protected readonly subjectType: string;

  protected constructor(
    private readonly subjects: ApprovalSubjects,
    private readonly lifecycle: Lifecycle<T['status'], T>,
  ) {
    this.subjectType = lifecycle.name;
  }

  onModuleInit(): void {
    this.subjects.register(this.subjectType, this);
  }

  async prepare(tx: Transaction, input: { kind: ApprovalKind; subjectId: string }): Promise<PreparedSubject> {
    const row = await this.lock(tx.manager, tx.ctx, input.subjectId);
    assertMayKeep(tx.ctx, row.agencyId, this.subjectType);
    // a request may be opened only on a row that may go into approval (409 naming its state otherwise)
    this.lifecycle.assert(row.status, 'IN_APPROVAL');
    return { agencyId: row.agencyId, subjectVersionId: null, drafterId: row.createdBy };
  }

  async canView(ctx: RequestContext, _manager: EntityManager, request: ApprovalRequestRow): Promise<boolean> {
    return ctx.isSystemAdmin || ctx.hasRole(request.agencyId, ...APPROVAL_VIEWERS);
  }

  abstract snapshot(manager: EntityManager, request: ApprovalRequestRow): Promise<SubjectSnapshot>;

  abstract authorsOf(manager: EntityManager, request: ApprovalRequestRow): Promise<string[]>;

  /** The row a request is about, under a row lock; null when the request is about another subject type. */
  protected async subjectOf(tx: Transaction, request: ApprovalRequestRow): Promise<T | null> {
    if (request.subjectType !== this.subjectType) return null;
    return this.lock(tx.manager, RequestContext.system(), request.subjectId);
  }

  /** The row under a row lock; 404 when the caller cannot read it. */
  protected async lock(manager: EntityManager, ctx: RequestContext, id: string): Promise<T> {
    const entity = this.lifecycle.definition.entity() as EntityTarget<T>;
    const row = await manager.getRepository(entity).findOne({
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!row || !ctx.canRead(row.agencyId)) throw DomainError.notFound(this.subjectType);
    return row;
  }
}
