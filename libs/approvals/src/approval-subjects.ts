import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext, Transaction } from '@app/platform';
import { ApprovalKind, ApprovalRequest } from './approval.entity';

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
 * What the approval engine asks of a kind of subject (a document, a list of records, a disposal
 * of records): which kinds of request it takes, may a request
 * be opened on it, who sees it, what is decided on. The subject's lib registers one. What the
 * subject does as its request moves on is declared as @OnTransition hooks on REQUEST_LIFECYCLE
 * and STEP_LIFECYCLE, run in the transaction of the move.
 */
export interface ApprovalSubjectHandler {
  /** The kinds of request this subject takes (a document: ISSUE, REVISION, WITHDRAWAL). */
  readonly kinds: readonly ApprovalKind[];
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
}

@Injectable()
export class ApprovalSubjects {
  private readonly handlers = new Map<string, ApprovalSubjectHandler>();

  register(subjectType: string, handler: ApprovalSubjectHandler): void {
    if (this.handlers.has(subjectType)) throw new Error(`approval subject "${subjectType}" registered twice`);
    this.handlers.set(subjectType, handler);
  }

  has(subjectType: string): boolean {
    return this.handlers.has(subjectType);
  }

  /** The registered subject types (for messages). */
  types(): string[] {
    return [...this.handlers.keys()].sort();
  }

  get(subjectType: string): ApprovalSubjectHandler {
    const handler = this.handlers.get(subjectType);
    if (!handler) throw new Error(`no approval handler for subject "${subjectType}"`);
    return handler;
  }
}
