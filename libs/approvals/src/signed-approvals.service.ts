import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, RequestContext } from '@app/platform';
import { FileSignatureChecks, findBaseRevision } from '@app/signatures';
import { FileIntake } from '@app/storage';
import { ApprovalRequestView, ApprovalsService } from './approvals.service';
import { DecisionDto } from './dto/approval.dto';
import { ApprovalStepSignature, StepSignatureSummary } from './step-signature.entity';

/**
 * A step that requires a signature is approved by uploading the approved PDF signed by the
 * approver: the upload must keep the approved file's bytes unchanged as its first revision (an
 * incremental update of a file whose sha256 the decision pins), every signature added after it
 * must be VALID, and the step records the signer and the check. Otherwise 409, nothing decided.
 */
@Injectable()
export class SignedApprovalsService {
  constructor(
    private readonly approvals: ApprovalsService,
    private readonly intake: FileIntake,
    private readonly checks: FileSignatureChecks,
  ) {}

  async approve(
    ctx: RequestContext,
    id: string,
    dto: DecisionDto,
    request: Request,
    expectedVersion?: number,
  ): Promise<ApprovalRequestView> {
    // the caller must see the request before anything is stored (404 otherwise)
    await this.approvals.get(ctx, id);
    const blob = await this.intake.receive(request);
    if (blob.contentType !== 'application/pdf') throw new DomainError('APPROVAL_SIGNED_FILE_MISMATCH');
    const pdf = await this.checks.read(blob.key);
    const reports = this.checks.verify(pdf);
    await this.checks.store(blob.sha256, reports);
    return this.approvals.decide(
      ctx,
      id,
      'approve',
      dto,
      expectedVersion,
      async (tx, approvalRequest, step, hashes) => {
        const base = findBaseRevision(pdf, hashes);
        if (!base) throw new DomainError('APPROVAL_SIGNED_FILE_MISMATCH');
        const added = reports.filter((r) => r.byteRange[2] + r.byteRange[3] > base.end);
        if (added.length === 0) throw new DomainError('APPROVAL_SIGNED_FILE_MISMATCH');
        const failed = added.find((r) => r.status !== 'VALID');
        if (failed) throw new DomainError('APPROVAL_SIGNATURE_NOT_VALID', { status: failed.status });
        const first = added[0];
        const summary: StepSignatureSummary = {
          signer: first.signer,
          status: first.status,
          signedAt: first.signedAt,
          approvedSha256: base.sha256,
          sha256: blob.sha256,
        };
        await tx.manager.insert(ApprovalStepSignature, {
          agencyId: approvalRequest.agencyId,
          stepId: step.id,
          requestId: step.requestId,
          approvedSha256: base.sha256,
          sha256: blob.sha256,
          size: String(blob.size),
          name: blob.name,
          storageKey: blob.key,
          signer: first.signer,
          status: first.status,
          reports: added,
          signedBy: ctx.userId ?? undefined,
        });
        return summary;
      },
    );
  }
}
