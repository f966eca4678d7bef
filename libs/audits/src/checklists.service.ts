import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  assertVersion,
  Clock,
  DomainError,
  RequestContext,
  Transaction,
  UnitOfWork,
  bilingualDetail,
} from '@app/platform';
import { clauseTitle } from '@app/capa';
import { assertOnTeam } from './audit-access';
import {
  AUDIT_HISTORY,
  AUDIT_LIFECYCLE,
  Audit,
  AUDIT_WRITABLE,
  AuditChecklistItem,
  AuditStatus,
  CHECKLIST_ITEM_HISTORY,
} from './audit.entity';
import { AuditsService } from './audits.service';
import { AnswerDto, ChecklistItemDto, PutChecklistDto, VersionedDto } from './dto/audit.dto';

export interface ChecklistItemView {
  id: string;
  position: number;
  clause: string;
  clauseTitle: string | null;
  question: string;
  result: string | null;
  evidence: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  copiedFromId: string | null;
  version: number;
}

export interface ChecklistView {
  auditId: string;
  auditStatus: AuditStatus;
  /** The audit's version: replacing or copying the checklist changes it. */
  version: number;
  items: ChecklistItemView[];
  summary: {
    total: number;
    conforming: number;
    nonconforming: number;
    notApplicable: number;
    unanswered: number;
  };
}

const MAX_ITEMS = 300;

/**
 * The checklist of an audit: questions tied to clauses, prepared by the team while the audit
 * is planned (written, or copied from an earlier audit), answered while it runs. A replaced
 * question is kept, inactive, never deleted; answers freeze when the audit is reported.
 */
@Injectable()
export class ChecklistsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly audits: AuditsService,
  ) {}

  async get(ctx: RequestContext, auditId: string): Promise<ChecklistView> {
    const audit = await this.audits.findReadable(ctx, auditId);
    return this.view(this.uow.manager, audit);
  }

  /** Replaces the questions of a PLANNED audit. */
  async replace(ctx: RequestContext, auditId: string, dto: PutChecklistDto): Promise<ChecklistView> {
    const audit = await this.uow.run(ctx, async (tx) => {
      const locked = await this.lockForPreparation(tx, auditId, dto.version);
      await this.setItems(tx, locked, dto.items, null, {
        action: 'checklist.replace',
        data: { items: dto.items.length },
      });
      return locked;
    });
    return this.view(this.uow.manager, audit);
  }

  /** Replaces the questions of a PLANNED audit with those of an earlier audit the caller can read (answers are not copied). */
  async copyFrom(
    ctx: RequestContext,
    auditId: string,
    otherAuditId: string,
    dto: VersionedDto,
  ): Promise<ChecklistView> {
    const audit = await this.uow.run(ctx, async (tx) => {
      const locked = await this.lockForPreparation(tx, auditId, dto.version);
      const source = await this.audits.findReadable(ctx, otherAuditId, tx.manager);
      if (source.id === locked.id) {
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            'otherAuditId',
            'Một cuộc đánh giá không thể sao chép danh mục câu hỏi của chính nó',
            'an audit cannot copy its own checklist',
          ),
        ]);
      }
      const items = await this.activeItems(tx.manager, source.id);
      await this.setItems(
        tx,
        locked,
        items,
        items.map((i) => i.id),
        { action: 'checklist.copy', data: { fromAuditId: source.id, items: items.length } },
      );
      return locked;
    });
    return this.view(this.uow.manager, audit);
  }

  /** Adds one question, while the audit is planned or running. */
  async addItem(ctx: RequestContext, auditId: string, dto: ChecklistItemDto): Promise<ChecklistItemView> {
    const item = await this.uow.run(ctx, async (tx) => {
      const audit = await this.audits.lockForTeam(tx, auditId, 'checklist');
      const [{ n, last }] = await tx.manager.query<{ n: string; last: number | null }[]>(
        'SELECT count(*)::text AS n, max(position) AS last FROM audit_checklist_items WHERE audit_id = $1 AND active',
        [audit.id],
      );
      if (Number(n) >= MAX_ITEMS) {
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            'items',
            `Một danh mục câu hỏi có tối đa ${MAX_ITEMS} câu hỏi`,
            `a checklist holds at most ${MAX_ITEMS} questions`,
          ),
        ]);
      }
      const created = tx.manager.create(AuditChecklistItem, {
        auditId: audit.id,
        agencyId: audit.agencyId,
        position: (last ?? 0) + 1,
        clause: dto.clause,
        question: dto.question.normalize('NFC'),
        active: true,
        version: 1,
      });
      await CHECKLIST_ITEM_HISTORY.create(tx, created, {
        data: { auditId: audit.id, clause: created.clause },
      });
      return created;
    });
    return toItemView(item);
  }

  /** Answers a question (again, if need be) while the audit runs. */
  async answer(
    ctx: RequestContext,
    auditId: string,
    itemId: string,
    dto: AnswerDto,
  ): Promise<ChecklistItemView> {
    const item = await this.uow.run(ctx, async (tx) => {
      const audit = await this.audits.lock(tx, auditId);
      const found = await tx.manager.getRepository(AuditChecklistItem).findOne({
        where: { id: itemId, auditId: audit.id, active: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw DomainError.notFound('auditChecklistItem');
      assertOnTeam(ctx, audit);
      AUDIT_LIFECYCLE.requireState(audit.status, ...AUDIT_WRITABLE.fieldwork);
      const answer = {
        result: dto.result,
        evidence: dto.evidence.normalize('NFC'),
        answeredBy: ctx.userId,
        answeredAt: this.clock.now(),
      };
      await CHECKLIST_ITEM_HISTORY.update(tx, found, answer, {
        expectedVersion: dto.version,
        action: 'answer',
        from: found.result,
        to: dto.result,
        data: { auditId: audit.id, clause: found.clause },
      });
      return found;
    });
    return toItemView(item);
  }

  /** Active questions of an audit, in order. */
  activeItems(manager: EntityManager, auditId: string): Promise<AuditChecklistItem[]> {
    return manager.find(AuditChecklistItem, {
      where: { auditId, active: true },
      order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  async view(manager: EntityManager, audit: Audit): Promise<ChecklistView> {
    const items = await this.activeItems(manager, audit.id);
    const count = (result: string | null) => items.filter((i) => i.result === result).length;
    return {
      auditId: audit.id,
      auditStatus: audit.status,
      version: audit.version,
      items: items.map(toItemView),
      summary: {
        total: items.length,
        conforming: count('CONFORMING'),
        nonconforming: count('NONCONFORMING'),
        notApplicable: count('NOT_APPLICABLE'),
        unanswered: count(null),
      },
    };
  }

  private async lockForPreparation(
    tx: Transaction,
    auditId: string,
    expectedVersion?: number,
  ): Promise<Audit> {
    const audit = await this.audits.lockForTeam(tx, auditId, 'plan');
    assertVersion(expectedVersion, audit.version);
    return audit;
  }

  /**
   * Retires the current questions (kept, inactive) and writes the new ones in the order given;
   * the audit's version moves on and its history gets `entry`.
   */
  private async setItems(
    tx: Transaction,
    audit: Audit,
    items: { clause: string; question: string }[],
    copiedFrom: string[] | null,
    entry: { action: string; data: Record<string, unknown> },
  ): Promise<void> {
    await tx.manager.query(
      'UPDATE audit_checklist_items SET active = false, updated_at = now() WHERE audit_id = $1 AND active',
      [audit.id],
    );
    if (items.length > 0) {
      await tx.manager.insert(
        AuditChecklistItem,
        items.map((item, index) => ({
          auditId: audit.id,
          agencyId: audit.agencyId,
          position: index + 1,
          clause: item.clause,
          question: item.question.normalize('NFC'),
          active: true,
          copiedFromId: copiedFrom?.[index] ?? null,
          version: 1,
        })),
      );
    }
    await AUDIT_HISTORY.update(tx, audit, {}, entry);
  }
}

export function toItemView(i: AuditChecklistItem): ChecklistItemView {
  return {
    id: i.id,
    position: i.position,
    clause: i.clause,
    clauseTitle: clauseTitle(i.clause),
    question: i.question,
    result: i.result,
    evidence: i.evidence,
    answeredBy: i.answeredBy,
    answeredAt: i.answeredAt,
    copiedFromId: i.copiedFromId,
    version: i.version,
  };
}
