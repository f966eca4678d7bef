import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError, RequestContext, UnitOfWork } from '@app/platform';
import { ApprovalRequestView, ApprovalsService } from '@app/approvals';
import {
  FileSignatureChecks,
  findBaseRevision,
  PersonSigningProviders,
  SignatureReport,
  SignatureStatus,
  SignerInfo,
  SigningService,
} from '@app/signatures';
import { blobKey, FileIntake, FileIntegrity, ObjectStorage } from '@app/storage';
import { verifiedBytes } from './verified-bytes';
import { DecisionPrint, DecisionSigningStage, SignedDecision } from './decision-copies.entity';

const PDF_TYPE = 'application/pdf';
/** Who may file the signed decision: the agency's văn thư acts with one of these roles. */
export const SIGNED_DECISION_ROLES = ['AGENCY_ADMIN', 'ISO_SECRETARY', 'APPROVER'] as const;

/** One of the two signatures of an issued decision. */
export interface DecisionSignatureView {
  /** PERSON: the competent person (first); AGENCY: the agency's (second). */
  role: 'PERSON' | 'AGENCY';
  status: SignatureStatus;
  signer: SignerInfo;
  signedAt: string | null;
  reason: string | null;
  coversWholeDocument: boolean;
}

/** The issued decision's signed copy and its two signatures; `signed: false` (and nulls) before it is filed. */
export interface SignedDecisionView {
  requestId: string;
  signed: boolean;
  name: string | null;
  size: number | null;
  sha256: string | null;
  /** sha256 of the decision as the system printed it (the signed file's first revision). */
  printedSha256: string | null;
  signatures: DecisionSignatureView[];
  uploadedBy: string | null;
  createdAt: Date | null;
}

/** A step of remote signing: PERSON (once signed, kept) or AGENCY (filed: `decision` is the signed decision). */
export interface DecisionSigningView {
  requestId: string;
  stage: 'PERSON' | 'AGENCY';
  /** sha256 of the copy after this signature. */
  sha256: string;
  decision: SignedDecisionView | null;
}

/** A PDF of the decision, with how it was obtained. */
export interface DecisionCopy {
  body: Buffer;
  signed: boolean;
}

/**
 * The issued decision's copies: the PDF exactly as first printed (kept, so every later print and
 * the check of the signed copy use those bytes) and the copy signed by the competent person and
 * the agency (Nghị định 30/2020, Phụ lục I), uploaded by the agency's văn thư after signing it
 * with their tokens outside the system.
 */
@Injectable()
export class SignedDecisionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly approvals: ApprovalsService,
    private readonly storage: ObjectStorage,
    private readonly integrity: FileIntegrity,
    private readonly intake: FileIntake,
    private readonly checks: FileSignatureChecks,
    private readonly signing: SigningService,
    private readonly people: PersonSigningProviders,
  ) {}

  /**
   * The PDF to send for an approved request's decision: the signed copy when there is one, else
   * the decision as first printed; on the first print `render` makes it and it is kept (one per
   * request: when two first prints race, both answer the bytes that were kept).
   */
  async pdfOf(
    ctx: RequestContext,
    request: ApprovalRequestView,
    filename: string,
    render: () => Promise<Buffer>,
  ): Promise<DecisionCopy> {
    const signed = await this.uow.dataSource
      .getRepository(SignedDecision)
      .findOneBy({ requestId: request.id });
    if (signed) return { body: await this.verifiedBytes(ctx, signed), signed: true };
    const known = await this.uow.dataSource.getRepository(DecisionPrint).findOneBy({ requestId: request.id });
    if (known) return { body: await this.verifiedBytes(ctx, known), signed: false };
    const body = await render();
    const { sha256, key } = await this.keepPdf(body);
    let kept = false;
    await this.uow.run(ctx, async (tx) => {
      kept = await insertIfNew(tx.manager, DecisionPrint, {
        agencyId: request.agencyId,
        requestId: request.id,
        name: filename,
        size: String(body.length),
        contentType: PDF_TYPE,
        sha256,
        storageKey: key,
        uploadedBy: ctx.userId,
      });
      if (kept)
        tx.audit({
          subjectType: 'approvalRequest',
          subjectId: request.id,
          agencyId: request.agencyId,
          action: 'decision.printed',
          data: { sha256, size: body.length },
        });
    });
    if (kept) return { body, signed: false };
    const winner = await this.uow.dataSource
      .getRepository(DecisionPrint)
      .findOneByOrFail({ requestId: request.id });
    return { body: await this.verifiedBytes(ctx, winner), signed: false };
  }

  /**
   * POST /approval-requests/:id/decision/signed: accepted only when the upload keeps the printed
   * decision's bytes unchanged as its first revision and adds exactly two VALID signatures by two
   * different certificates (the competent person's, then the agency's). Otherwise 409 and
   * nothing recorded.
   */
  async upload(ctx: RequestContext, id: string, http: Request): Promise<SignedDecisionView> {
    const request = await this.issuedRequest(ctx, id);
    if (!ctx.isSystemAdmin && !ctx.hasRole(request.agencyId, ...SIGNED_DECISION_ROLES))
      throw DomainError.forbidden();
    const printed = await this.uow.dataSource.getRepository(DecisionPrint).findOneBy({ requestId: id });
    if (!printed) throw new DomainError('DECISION_NOT_PRINTED');
    if (await this.uow.dataSource.getRepository(SignedDecision).existsBy({ requestId: id }))
      throw new DomainError('DECISION_ALREADY_SIGNED');
    const blob = await this.intake.receive(http);
    if (blob.contentType !== PDF_TYPE) throw new DomainError('DECISION_SIGNED_FILE_MISMATCH');
    const pdf = await this.checks.read(blob.key);
    return this.file(ctx, request, printed, blob, pdf, 'upload');
  }

  /**
   * POST /approval-requests/:id/decision/sign: remote signing of the printed decision, PERSON
   * first (the request's approver, with their own provider; the once-signed copy is kept), then
   * AGENCY (the configured SigningService's provider, the agency's seal) on top of it; the result
   * is filed through the same checks as an uploaded signed decision.
   */
  async sign(ctx: RequestContext, id: string, as: 'PERSON' | 'AGENCY'): Promise<DecisionSigningView> {
    const request = await this.issuedRequest(ctx, id);
    if (!ctx.isSystemAdmin && !ctx.hasRole(request.agencyId, ...SIGNED_DECISION_ROLES))
      throw DomainError.forbidden();
    const approverId = request.steps.find((s) => s.meaning === 'APPROVED')?.decidedBy ?? null;
    if (as === 'PERSON' && (!approverId || ctx.userId !== approverId)) throw DomainError.forbidden();
    const printed = await this.uow.dataSource.getRepository(DecisionPrint).findOneBy({ requestId: id });
    if (!printed) throw new DomainError('DECISION_NOT_PRINTED');
    if (await this.uow.dataSource.getRepository(SignedDecision).existsBy({ requestId: id }))
      throw new DomainError('DECISION_ALREADY_SIGNED');
    const stage = await this.uow.dataSource
      .getRepository(DecisionSigningStage)
      .findOneBy({ requestId: id, stage: 'PERSON' });
    const box = (y: number) => ({ page: 0, x: 300, y, width: 250, height: 50, lines: [] });
    if (as === 'PERSON') {
      if (stage) throw new DomainError('DECISION_PERSON_ALREADY_SIGNED');
      const provider = await this.people.forUser(approverId as string);
      if (!provider) throw new DomainError('SIGNING_NOT_CONFIGURED');
      const once = await this.signing.sign(
        await this.verifiedBytes(ctx, printed),
        { reason: 'Ký ban hành quyết định', appearance: box(150) },
        provider,
      );
      const { sha256, key } = await this.keepPdf(once);
      await this.uow.run(ctx, async (tx) => {
        const inserted = await insertIfNew(tx.manager, DecisionSigningStage, {
          agencyId: request.agencyId,
          requestId: id,
          stage: 'PERSON',
          name: printed.name,
          size: String(once.length),
          contentType: PDF_TYPE,
          sha256,
          storageKey: key,
          printedSha256: printed.sha256,
          uploadedBy: ctx.userId,
        });
        if (!inserted) throw new DomainError('DECISION_PERSON_ALREADY_SIGNED');
        tx.audit({
          subjectType: 'approvalRequest',
          subjectId: id,
          agencyId: request.agencyId,
          action: 'decision.signedByPerson',
          data: { sha256, printedSha256: printed.sha256, provider: provider.id },
        });
      });
      return { requestId: id, stage: 'PERSON', sha256, decision: null };
    }
    if (!stage) throw new DomainError('DECISION_PERSON_NOT_SIGNED');
    if (!this.signing.available) throw new DomainError('SIGNING_NOT_CONFIGURED');
    const twice = await this.signing.sign(await this.verifiedBytes(ctx, stage), {
      reason: 'Ký số của cơ quan',
      appearance: box(90),
    });
    const { sha256, key } = await this.keepPdf(twice);
    const name = printed.name.replace(/\.pdf$/i, '') + '-da-ky.pdf';
    const decision = await this.file(
      ctx,
      request,
      printed,
      { key, sha256, size: twice.length, name },
      twice,
      'remote',
    );
    return { requestId: id, stage: 'AGENCY', sha256, decision };
  }

  /**
   * The acceptance checks of a signed decision (the printed bytes unchanged as first revision,
   * exactly two VALID signatures by distinct certificates, person then agency) and its filing in
   * signed_decisions; otherwise 409 and nothing recorded.
   */
  private async file(
    ctx: RequestContext,
    request: ApprovalRequestView,
    printed: DecisionPrint,
    blob: { key: string; sha256: string; size: number; name: string },
    pdf: Buffer,
    method: 'upload' | 'remote',
  ): Promise<SignedDecisionView> {
    const id = request.id;
    if (blob.sha256 === printed.sha256) throw new DomainError('DECISION_SIGNATURES_MISSING', { count: 0 });
    const base = findBaseRevision(pdf, [printed.sha256]);
    if (!base) throw new DomainError('DECISION_SIGNED_FILE_MISMATCH');
    const reports = this.checks.verify(pdf);
    const added = reports.filter((r) => r.byteRange[2] + r.byteRange[3] > base.end);
    if (added.length !== 2) throw new DomainError('DECISION_SIGNATURES_MISSING', { count: added.length });
    // the agency's signature first: when it is not VALID the person's is not either (changes after it unsigned)
    const failed = [...added].reverse().find((r) => r.status !== 'VALID');
    if (failed)
      throw new DomainError('DECISION_SIGNATURE_NOT_VALID', {
        index: added.indexOf(failed) + 1,
        status: failed.status,
      });
    const [person, agency] = added;
    if (
      person.signer.serialNumber === agency.signer.serialNumber &&
      person.signer.issuer === agency.signer.issuer
    )
      throw new DomainError('DECISION_SIGNERS_NOT_DISTINCT');
    await this.checks.store(blob.sha256, reports);
    const row = await this.uow.run(ctx, async (tx) => {
      const inserted = await insertIfNew(tx.manager, SignedDecision, {
        agencyId: request.agencyId,
        requestId: id,
        name: blob.name,
        size: String(blob.size),
        contentType: PDF_TYPE,
        sha256: blob.sha256,
        storageKey: blob.key,
        printedSha256: printed.sha256,
        reports: added,
        uploadedBy: ctx.userId,
      });
      if (!inserted) throw new DomainError('DECISION_ALREADY_SIGNED');
      tx.audit({
        subjectType: 'approvalRequest',
        subjectId: id,
        agencyId: request.agencyId,
        action: 'decision.signed',
        data: {
          method,
          sha256: blob.sha256,
          printedSha256: printed.sha256,
          person: signerSummary(person),
          agency: signerSummary(agency),
        },
      });
      return tx.manager.getRepository(SignedDecision).findOneByOrFail({ requestId: id });
    });
    return view(row, added);
  }

  /** GET /approval-requests/:id/decision/signatures: the issued decision's two signatures, checked again against the current trust anchors (none, `signed: false`, before the signed copy is filed). */
  async signatures(ctx: RequestContext, id: string): Promise<SignedDecisionView> {
    const request = await this.approvals.get(ctx, id);
    const row = await this.uow.dataSource
      .getRepository(SignedDecision)
      .findOneBy({ requestId: id, agencyId: request.agencyId });
    if (!row)
      return {
        requestId: id,
        signed: false,
        name: null,
        size: null,
        sha256: null,
        printedSha256: null,
        signatures: [],
        uploadedBy: null,
        createdAt: null,
      };
    const printed = await this.uow.dataSource.getRepository(DecisionPrint).findOneByOrFail({ requestId: id });
    const reports = await this.checks.reportsFor(row);
    return view(
      row,
      reports.filter((r) => r.byteRange[2] + r.byteRange[3] > Number(printed.size)),
    );
  }

  private async issuedRequest(ctx: RequestContext, id: string): Promise<ApprovalRequestView> {
    const request = await this.approvals.get(ctx, id);
    if (!['ISSUE', 'REVISION', 'WITHDRAWAL'].includes(request.kind) || !request.documentId)
      throw new DomainError('DECISION_FORM_UNAVAILABLE');
    if (request.status !== 'APPROVED') throw new DomainError('DECISION_NOT_ISSUED');
    return request;
  }

  /** The kept bytes, refused unless they hash to the recorded sha256. */
  /** Puts a PDF's bytes in storage under their content address. */
  private async keepPdf(bytes: Buffer): Promise<{ sha256: string; key: string }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = blobKey(sha256);
    await this.storage.put(key, bytes, PDF_TYPE, bytes.length);
    return { sha256, key };
  }

  private async verifiedBytes(
    ctx: RequestContext,
    file: DecisionPrint | SignedDecision | DecisionSigningStage,
  ): Promise<Buffer> {
    return verifiedBytes(this.integrity, ctx, file, (key) => this.checks.read(key));
  }
}

function signerSummary(report: SignatureReport) {
  return {
    commonName: report.signer.commonName,
    serialNumber: report.signer.serialNumber,
    issuer: report.signer.issuer,
    signedAt: report.signedAt,
    status: report.status,
  };
}

function view(row: SignedDecision, reports: SignatureReport[]): SignedDecisionView {
  return {
    requestId: row.requestId,
    signed: true,
    name: row.name,
    size: Number(row.size),
    sha256: row.sha256,
    printedSha256: row.printedSha256,
    signatures: reports.map((r, i) => ({
      role: i === 0 ? 'PERSON' : 'AGENCY',
      status: r.status,
      signer: r.signer,
      signedAt: r.signedAt,
      reason: r.reason,
      coversWholeDocument: r.coversWholeDocument,
    })),
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt,
  };
}

/** Inserts the row unless one with its unique key is already there (kept as it is); true when it was inserted. */
async function insertIfNew<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<boolean> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values)
    .orIgnore()
    .returning(['id'])
    .execute();
  return inserted.raw.length > 0;
}
