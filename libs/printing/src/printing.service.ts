import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Clock, DomainError, foldVietnamese, RequestContext, UnitOfWork } from '@app/platform';
import { agencyIssuer } from '@app/organization';
import { ApprovalsService, DecisionNumbering, decisionNumberOf, DecisionNumberView } from '@app/approvals';
import { DocumentsService, DocumentVersionsService, VersionView } from '@app/documents';
import { FileIntegrity, ObjectStorage, readBounded } from '@app/storage';
import { activeMemberships, userFullNames } from '@app/reporting';
import { renderDocx } from './layout/docx-renderer';
import { renderPdf } from './layout/pdf-renderer';
import { Printable } from './layout/printable';
import { coverForm, revisionLabel, SignOff } from './forms/cover-form';
import { decisionForm, DecisionKind } from './forms/decision-form';
import { stampControlledCopy } from './stamp/controlled-copy-stamp';
import { SignedDecisionsService } from './signed-decisions.service';
import { SystemSeal } from './system-seal';
import { KeptObject, verifiedBytes } from './verified-bytes';

export type PrintFormat = 'pdf' | 'docx';

export interface PrintedFile {
  body: Buffer;
  filename: string;
  contentType: string;
}

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DECISION_KINDS: readonly string[] = ['ISSUE', 'REVISION', 'WITHDRAWAL'];
/** A controlled copy is stamped in memory: larger PDFs are refused rather than risk the process. */
export const CONTROLLED_COPY_MAX_BYTES = 50 * 1024 * 1024;

export async function render(printable: Printable, format: PrintFormat, when: Date): Promise<Buffer> {
  return format === 'docx' ? renderDocx(printable) : renderPdf(printable, when);
}

/** `quyet-dinh-12-qd-stp-2026.pdf`: ASCII, so every client saves it under the same name. */
export function asciiName(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * What the system prints about a document: the decision that issued, revised or withdrew it,
 * its cover and amendment page, and controlled copies of its files. Every read goes through the
 * owning lib's service with the caller's context, so what another agency's user cannot see
 * answers 404 here too.
 */
@Injectable()
export class PrintingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly approvals: ApprovalsService,
    private readonly numbering: DecisionNumbering,
    private readonly documents: DocumentsService,
    private readonly versions: DocumentVersionsService,
    private readonly storage: ObjectStorage,
    private readonly integrity: FileIntegrity,
    private readonly seal: SystemSeal,
    private readonly copies: SignedDecisionsService,
  ) {}

  /**
   * The decision of an approved request (GET /approval-requests/:id/decision). The PDF is kept
   * when first printed and sent unchanged afterwards (the bytes the agency signs); once the
   * signed copy is filed, that copy is sent. DOCX is made fresh each time (edited before signing).
   */
  async decision(ctx: RequestContext, requestId: string, format: PrintFormat): Promise<PrintedFile> {
    const request = await this.approvals.get(ctx, requestId);
    const documentId = request.documentId;
    if (!DECISION_KINDS.includes(request.kind) || !documentId)
      throw new DomainError('DECISION_FORM_UNAVAILABLE');
    if (request.status !== 'APPROVED') throw new DomainError('DECISION_NOT_ISSUED');
    const number = await this.numberOf(ctx, requestId);
    const document = await this.documents.get(ctx, documentId);
    const versions = await this.versions.list(ctx, documentId);
    const kind = request.kind as DecisionKind;
    const version =
      kind === 'WITHDRAWAL'
        ? versions
            .filter((v) => v.status === 'EFFECTIVE' || v.status === 'SUPERSEDED')
            .sort((a, b) => b.revision - a.revision)[0]
        : versions.find((v) => v.id === request.versionId);
    const previous =
      kind === 'REVISION' && version
        ? versions
            .filter((v) => v.revision < version.revision && ['EFFECTIVE', 'SUPERSEDED'].includes(v.status))
            .sort((a, b) => b.revision - a.revision)[0]
        : undefined;
    const approverId = request.steps.find((s) => s.meaning === 'APPROVED')?.decidedBy ?? null;
    const names = await userFullNames(this.uow.manager, [request.requestedBy, approverId]);
    const printable = decisionForm({
      kind,
      numberText: number.text,
      decidedOn: number.decidedOn,
      issuer: number.issuer,
      document: {
        code: document.code,
        title: (kind !== 'WITHDRAWAL' && version?.proposedTitle) || document.title,
        type: document.type,
      },
      revision: version?.revision ?? null,
      previousRevision: previous?.revision ?? (version ? version.revision - 1 : null),
      changeSummary: version?.changeSummary ?? null,
      effectiveDate: request.effectiveDate ?? version?.effectiveFrom ?? number.decidedOn,
      reason: request.reason,
      requesterName: request.requestedBy ? (names.get(request.requestedBy) ?? null) : null,
      approverName: approverId ? (names.get(approverId) ?? null) : null,
    });
    const filename = `quyet-dinh-${asciiName(number.text)}-${number.year}`;
    if (format === 'docx')
      return {
        body: await render(printable, format, this.clock.now()),
        filename: `${filename}.docx`,
        contentType: DOCX_TYPE,
      };
    const copy = await this.copies.pdfOf(ctx, request, `${filename}.pdf`, () =>
      render(printable, 'pdf', this.clock.now()),
    );
    return {
      body: copy.body,
      filename: copy.signed ? `${filename}-da-ky.pdf` : `${filename}.pdf`,
      contentType: PDF_TYPE,
    };
  }

  /**
   * The number of an approved request. Requests approved before numbering existed get theirs on
   * the first print, in the year of their approval (once: the row is unique per request).
   */
  private async numberOf(ctx: RequestContext, requestId: string): Promise<DecisionNumberView> {
    const known = await decisionNumberOf(this.uow.manager, requestId);
    if (known) return known;
    return this.uow.run(ctx, (tx) => this.numbering.numberApproved(tx, requestId, this.clock.now()));
  }

  /** The cover and amendment page of a revision (GET /documents/:id/versions/:versionId/cover). */
  async cover(
    ctx: RequestContext,
    documentId: string,
    versionId: string,
    format: PrintFormat,
  ): Promise<PrintedFile> {
    const version = await this.versions.get(ctx, documentId, versionId);
    const document = await this.documents.get(ctx, documentId);
    const all = await this.versions.list(ctx, documentId);
    const issuer = await agencyIssuer(this.uow.manager, document.agencyId);
    if (!issuer) throw DomainError.notFound('document');
    const people = [version.draftedBy, version.reviewedBy, version.approvedBy];
    const names = await userFullNames(this.uow.manager, people);
    const memberships = await activeMemberships(
      this.uow.manager,
      people.filter((id): id is string => id !== null),
      [document.agencyId],
    );
    const rolesOf = (id: string | null) => memberships.find((m) => m.userId === id)?.roles ?? [];
    const signOff = (
      id: string | null,
      date: Date | null,
      fallback: string,
      titleOf: (roles: string[]) => string | null,
    ): SignOff => ({
      name: id ? (names.get(id) ?? null) : null,
      title: (id && titleOf(rolesOf(id))) || fallback,
      date: date ? this.businessDate(date) : null,
    });
    const headTitle = issuer.headTitle.charAt(0) + issuer.headTitle.slice(1).toLocaleLowerCase('vi-VN');
    const printable = coverForm({
      issuer,
      document: {
        code: document.code,
        title:
          (version.status !== 'EFFECTIVE' && version.status !== 'SUPERSEDED' && version.proposedTitle) ||
          document.title,
        type: document.type,
      },
      revision: version.revision,
      effectiveFrom: version.effectiveFrom,
      drafted: signOff(version.draftedBy, version.draftedAt, 'Người soạn thảo', () => null),
      reviewed: signOff(version.reviewedBy, version.reviewedAt, 'Người soát xét', (roles) =>
        roles.includes('ISO_SECRETARY') ? 'Thư ký ISO' : null,
      ),
      approved: signOff(version.approvedBy, version.approvedAt, headTitle, () => headTitle),
      history: historyUpTo(all, version),
    });
    return {
      body: await render(printable, format, this.clock.now()),
      filename: `trang-bia-${asciiName(document.code)}-lan-${revisionLabel(version.revision)}.${format}`,
      contentType: format === 'docx' ? DOCX_TYPE : PDF_TYPE,
    };
  }

  /**
   * A controlled copy of a published PDF (GET /files/:fileId/content?controlledCopy=true): each
   * page stamped "BẢN KIỂM SOÁT" (or "HẾT HIỆU LỰC" for a revision no longer in force) with the
   * code, revision, effective date and who downloaded it when. The bytes are checked against their
   * sha256 before stamping, and each copy is recorded in the audit trail.
   */
  async controlledCopy(ctx: RequestContext, fileId: string): Promise<PrintedFile> {
    const { file, version, document } = await this.versions.readableFileOf(ctx, fileId);
    if (file.contentType !== PDF_TYPE) throw new DomainError('CONTROLLED_COPY_NOT_PDF');
    if (version.status !== 'EFFECTIVE' && version.status !== 'SUPERSEDED')
      throw new DomainError('CONTROLLED_COPY_NOT_PUBLISHED');
    if (Number(file.size) > CONTROLLED_COPY_MAX_BYTES)
      throw new DomainError('CONTROLLED_COPY_TOO_LARGE', { limit: CONTROLLED_COPY_MAX_BYTES / 1024 / 1024 });
    const bytes = await this.verifiedBytes(ctx, file);
    const inForce = version.status === 'EFFECTIVE' && document.status === 'EFFECTIVE';
    const names = await userFullNames(this.uow.manager, [ctx.userId]);
    const now = this.clock.now();
    const downloadedBy = (ctx.userId && names.get(ctx.userId)) || ctx.userId || 'hệ thống';
    const ended = version.supersededAt
      ? this.businessDate(version.supersededAt)
      : document.status === 'WITHDRAWN'
        ? this.businessDate(document.updatedAt)
        : null;
    let body: Buffer;
    try {
      body = await stampControlledCopy(bytes, {
        inForce,
        code: document.code,
        revision: version.revision,
        effectiveFrom: version.effectiveFrom,
        endedOn: inForce ? null : ended,
        downloadedBy,
        downloadedAt: vietnamTime(now),
      });
    } catch {
      throw new DomainError('CONTROLLED_COPY_UNREADABLE');
    }
    await this.uow.run(ctx, async (tx) => {
      tx.audit({
        subjectType: 'documentVersion',
        subjectId: version.id,
        agencyId: document.agencyId,
        action: 'file.controlledCopy',
        data: {
          fileId: file.id,
          documentId: document.id,
          code: document.code,
          revision: version.revision,
          stamp: inForce ? 'BẢN KIỂM SOÁT' : 'HẾT HIỆU LỰC',
          sha256: file.sha256,
        },
      });
    });
    const base = file.name.replace(/\.pdf$/i, '');
    body = await this.seal.seal(
      body,
      `${inForce ? 'Bản kiểm soát' : 'Bản hết hiệu lực'} ${document.code} lần ban hành ${version.revision}`,
    );
    return {
      body,
      filename: `${base} (ban kiem soat).pdf`,
      contentType: PDF_TYPE,
    };
  }

  /** The file's bytes, refused unless they hash to the sha256 recorded at upload. */
  private async verifiedBytes(ctx: RequestContext, file: KeptObject): Promise<Buffer> {
    const known = await this.integrity.statusOf(file.storageKey);
    if (known === 'CORRUPT' || known === 'MISSING') throw new DomainError('FILE_INTEGRITY_FAILED');
    return verifiedBytes(this.integrity, ctx, file, async (key) =>
      collect(await this.storage.get(key), CONTROLLED_COPY_MAX_BYTES + 1),
    );
  }

  private businessDate(instant: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(instant);
  }
}

/** Every revision up to the one printed, oldest first: the published ones and the one itself. */
function historyUpTo(all: VersionView[], version: VersionView): VersionView[] {
  return all
    .filter(
      (v) =>
        v.id === version.id ||
        (v.revision < version.revision && (v.status === 'EFFECTIVE' || v.status === 'SUPERSEDED')),
    )
    .sort((a, b) => a.revision - b.revision);
}

/** `29/11/2026 16:40` in Viet Nam. */
export function vietnamTime(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

async function collect(stream: Readable, limit: number): Promise<Buffer> {
  return readBounded(
    stream,
    limit,
    () => new DomainError('CONTROLLED_COPY_TOO_LARGE', { limit: Math.floor(limit / 1024 / 1024) }),
  );
}
