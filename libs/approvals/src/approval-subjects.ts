import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext, Transaction } from '@app/platform';
import { ApprovalKind, ApprovalRequest, ApprovalStep } from './approval.entity';

export interface PreparedSubject {
  agencyId: string;
  subjectVersionId: string | null;
  drafterId: string | null;
}

export interface SubjectSnapshot {
  /** sha256 of the files under decision. */
  fileHashes: string[];
  title: string;
}

/**
 * What a kind of subject (a document, later others) does as its approval moves on. The
 * subject's lib registers one; every call runs inside the engine's transaction.
 */
export interface ApprovalSubjectHandler {
  /** Checks that a request of this kind may be opened on the subject; 404/403/409 otherwise. */
  prepare(
    tx: Transaction,
    input: { kind: ApprovalKind; subjectId: string; versionId?: string },
  ): Promise<PreparedSubject>;
  /** May the caller see requests on this subject? */
  canView(ctx: RequestContext, manager: EntityManager, request: ApprovalRequest): Promise<boolean>;
  snapshot(manager: EntityManager, request: ApprovalRequest): Promise<SubjectSnapshot>;
  /** Who wrote the subject under decision (drafted it, uploaded its files): none of them decides it. */
  authorsOf(manager: EntityManager, request: ApprovalRequest): Promise<string[]>;
  onSubmitted(tx: Transaction, request: ApprovalRequest): Promise<void>;
  onStepApproved(tx: Transaction, request: ApprovalRequest, step: ApprovalStep): Promise<void>;
  onApproved(tx: Transaction, request: ApprovalRequest): Promise<void>;
  /** Rejected, returned or cancelled: the subject goes back (or ends) as the outcome says. */
  onClosed(
    tx: Transaction,
    request: ApprovalRequest,
    outcome: 'REJECTED' | 'RETURNED' | 'CANCELLED',
  ): Promise<void>;
}

@Injectable()
export class ApprovalSubjects {
  private readonly handlers = new Map<string, ApprovalSubjectHandler>();

  register(subjectType: string, handler: ApprovalSubjectHandler): void {
    if (this.handlers.has(subjectType)) throw new Error(`approval subject "${subjectType}" registered twice`);
    this.handlers.set(subjectType, handler);
  }

  get(subjectType: string): ApprovalSubjectHandler {
    const handler = this.handlers.get(subjectType);
    if (!handler) throw new Error(`no approval handler for subject "${subjectType}"`);
    return handler;
  }
}
