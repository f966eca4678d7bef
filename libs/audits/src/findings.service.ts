import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityManager } from 'typeorm';
import {
  assertNoInvalid,
  bilingualDetail,
  DomainError,
  domainEvent,
  fetchInOrder,
  fetchPage,
  Page,
  PageQuery,
  RequestContext,
  UnitOfWork,
  uploadedFileColumns,
  uploadedFileView,
  UploadedFileView,
} from '@app/platform';
import { FileDownloads, FileIntake } from '@app/storage';
import { clauseTitle, FindingLinks, NonconformitiesService } from '@app/capa';
import { assertOnTeam, canReadAudit } from './audit-access';
import {
  AUDIT_LIFECYCLE,
  Audit,
  AUDIT_WRITABLE,
  AuditChecklistItem,
  AuditFinding,
  FindingAttachment,
  FINDING_ATTACHMENT_HISTORY,
  FINDING_HISTORY,
  NONCONFORMING_FINDINGS,
} from './audit.entity';
import { AuditsService } from './audits.service';
import { CreateFindingDto, ListFindingsQuery } from './dto/audit.dto';

export interface AttachmentView extends UploadedFileView {
  id: string;
  findingId: string;
}

export interface FindingView {
  id: string;
  auditId: string;
  agencyId: string;
  auditeeAgencyId: string;
  type: string;
  clause: string;
  clauseTitle: string | null;
  description: string;
  evidence: string;
  checklistItemId: string | null;
  createdBy: string | null;
  createdAt: Date;
  /** The nonconformity it opened (MAJOR_NC, MINOR_NC) or was raised to later. */
  nonconformity: { id: string; status: string } | null;
  attachments: AttachmentView[];
}

const SORTABLE = { createdAt: 'f.created_at', clause: 'f.clause', type: 'f.type' };

/**
 * Findings of an audit, logged by its team while it runs. A MAJOR_NC or MINOR_NC finding opens
 * its nonconformity in capa in the same transaction. Evidence files are stored by content
 * through the storage lib; findings and files never change once written.
 */
@Injectable()
export class FindingsService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audits: AuditsService,
    private readonly nonconformities: NonconformitiesService,
    private readonly links: FindingLinks,
    private readonly intake: FileIntake,
    private readonly downloads: FileDownloads,
  ) {}

  onModuleInit(): void {
    // capa raises a nonconformity from a finding by hand through this; the audit is held
    // (FOR SHARE) so that it cannot close in between
    this.links.register(async (tx, findingId) => {
      const finding = await tx.manager.findOneBy(AuditFinding, { id: findingId });
      if (!finding) throw DomainError.notFound('auditFinding');
      const audit = await tx.manager
        .getRepository(Audit)
        .findOne({ where: { id: finding.auditId }, lock: { mode: 'pessimistic_read' } });
      if (!audit || !canReadAudit(tx.ctx, audit)) throw DomainError.notFound('auditFinding');
      AUDIT_LIFECYCLE.requireState(audit.status, ...AUDIT_WRITABLE.nonconformity);
      return {
        findingId: finding.id,
        auditId: audit.id,
        agencyId: finding.auditeeAgencyId,
        clause: finding.clause,
        type: finding.type,
      };
    });
  }

  async list(ctx: RequestContext, auditId: string, query: ListFindingsQuery): Promise<Page<FindingView>> {
    await this.audits.findReadable(ctx, auditId);
    const qb = this.uow.dataSource
      .getRepository(AuditFinding)
      .createQueryBuilder('f')
      .where('f.audit_id = :auditId', { auditId });
    if (query.type) qb.andWhere('f.type = :type', { type: query.type });
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'createdAt');
    return query.result(await this.views(this.uow.manager, rows), total);
  }

  async get(ctx: RequestContext, findingId: string): Promise<FindingView> {
    const finding = await this.findReadable(ctx, findingId);
    return (await this.views(this.uow.manager, [finding]))[0];
  }

  async create(ctx: RequestContext, auditId: string, dto: CreateFindingDto): Promise<FindingView> {
    const finding = await this.uow.run(ctx, async (tx) => {
      const audit = await this.audits.lockForTeam(tx, auditId, 'fieldwork');
      const auditeeAgencyId =
        dto.auditeeAgencyId ?? (audit.auditeeAgencyIds.length === 1 ? audit.auditeeAgencyIds[0] : null);
      const details = [];
      if (!auditeeAgencyId) {
        details.push(
          bilingualDetail(
            'auditeeAgencyId',
            'Cần nêu cơ quan được đánh giá (auditeeAgencyId) khi cuộc đánh giá gồm nhiều cơ quan',
            'auditeeAgencyId is required when the audit covers several agencies',
          ),
        );
      } else if (!audit.auditeeAgencyIds.includes(auditeeAgencyId)) {
        details.push(
          bilingualDetail(
            'auditeeAgencyId',
            'auditeeAgencyId phải là một cơ quan được đánh giá của cuộc đánh giá',
            'auditeeAgencyId must be an audited agency of the audit',
          ),
        );
      }
      if (dto.checklistItemId) {
        const item = await tx.manager.findOneBy(AuditChecklistItem, {
          id: dto.checklistItemId,
          auditId: audit.id,
          active: true,
        });
        if (!item)
          details.push(
            bilingualDetail(
              'checklistItemId',
              'Không có câu hỏi này trong danh mục câu hỏi của cuộc đánh giá',
              'no such question in the checklist of the audit',
            ),
          );
      }
      assertNoInvalid(details);

      const created = tx.manager.create(AuditFinding, {
        auditId: audit.id,
        agencyId: audit.agencyId,
        auditeeAgencyId: auditeeAgencyId!,
        type: dto.type,
        clause: dto.clause,
        description: dto.description.normalize('NFC'),
        evidence: dto.evidence.normalize('NFC'),
        checklistItemId: dto.checklistItemId ?? null,
        createdBy: ctx.userId,
      });
      await FINDING_HISTORY.create(tx, created, {
        data: { auditId: audit.id, type: created.type, clause: created.clause, auditeeAgencyId },
        event: (row) =>
          domainEvent('audit.findingLogged', {
            auditId: audit.id,
            findingId: row.id,
            agencyId: row.agencyId,
            auditeeAgencyId: row.auditeeAgencyId,
            type: row.type,
          }),
      });
      const severity = NONCONFORMING_FINDINGS[created.type];
      if (severity) {
        await this.nonconformities.openFromFinding(tx, {
          agencyId: created.auditeeAgencyId,
          auditId: audit.id,
          findingId: created.id,
          clause: created.clause,
          description: created.description,
          severity,
        });
      }
      return created;
    });
    return (await this.views(this.uow.manager, [finding]))[0];
  }

  async attachments(ctx: RequestContext, findingId: string, page: PageQuery): Promise<Page<AttachmentView>> {
    await this.findReadable(ctx, findingId);
    const [rows, total] = await fetchInOrder(
      this.uow.dataSource
        .getRepository(FindingAttachment)
        .createQueryBuilder('a')
        .where('a.finding_id = :findingId', { findingId }),
      page,
      'a.created_at',
      'ASC',
    );
    return page.result(rows.map(toAttachmentView), total);
  }

  /** Streams an evidence file into storage, then records it on the finding (only while the audit runs). */
  async upload(ctx: RequestContext, findingId: string, request: Request): Promise<AttachmentView> {
    const finding = await this.findReadable(ctx, findingId);
    const audit = await this.audits.findReadable(ctx, finding.auditId);
    assertOnTeam(ctx, audit);
    AUDIT_LIFECYCLE.requireState(audit.status, ...AUDIT_WRITABLE.fieldwork);
    const blob = await this.intake.receive(request);
    return this.uow.run(ctx, async (tx) => {
      // checked again under the lock: the audit may have been reported while the bytes streamed
      const locked = await this.audits.lock(tx, finding.auditId, 'pessimistic_read');
      AUDIT_LIFECYCLE.requireState(locked.status, ...AUDIT_WRITABLE.fieldwork);
      const attachment = tx.manager.create(FindingAttachment, {
        findingId,
        auditId: finding.auditId,
        agencyId: finding.agencyId,
        ...uploadedFileColumns(blob, ctx.userId),
      });
      await FINDING_ATTACHMENT_HISTORY.create(tx, attachment, {
        data: (row) => ({ attachmentId: row.id, name: row.name, size: blob.size, sha256: blob.sha256 }),
      });
      return toAttachmentView(attachment);
    });
  }

  async download(
    ctx: RequestContext,
    findingId: string,
    attachmentId: string,
    response: Response,
    redirect: boolean,
  ): Promise<void> {
    const attachment = await this.uow.dataSource
      .getRepository(FindingAttachment)
      .findOneBy({ id: attachmentId, findingId });
    if (!attachment) throw DomainError.notFound('findingAttachment');
    const audit = await this.uow.dataSource.getRepository(Audit).findOneBy({ id: attachment.auditId });
    if (!audit || !canReadAudit(ctx, audit)) throw DomainError.notFound('findingAttachment');
    await this.downloads.send(ctx, response, attachment, redirect);
  }

  async findReadable(ctx: RequestContext, findingId: string): Promise<AuditFinding> {
    const finding = await this.uow.dataSource.getRepository(AuditFinding).findOneBy({ id: findingId });
    if (!finding) throw DomainError.notFound('auditFinding');
    const audit = await this.uow.dataSource.getRepository(Audit).findOneBy({ id: finding.auditId });
    if (!audit || !canReadAudit(ctx, audit)) throw DomainError.notFound('auditFinding');
    return finding;
  }

  /** Every finding of an audit, oldest first (for the report). */
  findingsOf(manager: EntityManager, auditId: string): Promise<AuditFinding[]> {
    return manager.find(AuditFinding, { where: { auditId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async views(manager: EntityManager, findings: AuditFinding[]): Promise<FindingView[]> {
    const ids = findings.map((f) => f.id);
    const [ncs, files] = await Promise.all([
      this.nonconformities.byFinding(manager, ids),
      this.attachmentsOf(manager, ids),
    ]);
    return findings.map((f) => ({
      id: f.id,
      auditId: f.auditId,
      agencyId: f.agencyId,
      auditeeAgencyId: f.auditeeAgencyId,
      type: f.type,
      clause: f.clause,
      clauseTitle: clauseTitle(f.clause),
      description: f.description,
      evidence: f.evidence,
      checklistItemId: f.checklistItemId,
      createdBy: f.createdBy,
      createdAt: f.createdAt,
      nonconformity: ncs.get(f.id) ?? null,
      attachments: files.get(f.id) ?? [],
    }));
  }

  private async attachmentsOf(
    manager: EntityManager,
    findingIds: string[],
  ): Promise<Map<string, AttachmentView[]>> {
    const map = new Map<string, AttachmentView[]>();
    if (findingIds.length === 0) return map;
    const rows = await manager
      .getRepository(FindingAttachment)
      .createQueryBuilder('a')
      .where('a.finding_id = ANY(:findingIds)', { findingIds })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id')
      .getMany();
    for (const row of rows)
      map.set(row.findingId, [...(map.get(row.findingId) ?? []), toAttachmentView(row)]);
    return map;
  }
}

function toAttachmentView(a: FindingAttachment): AttachmentView {
  return {
    id: a.id,
    findingId: a.findingId,
    ...uploadedFileView(a),
  };
}
