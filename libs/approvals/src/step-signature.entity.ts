import { Column, Entity } from 'typeorm';
import { Pg, AgencyPart } from '@app/platform';
import type { SignatureReport, SignerInfo, SignatureStatus } from '@app/signatures';

/** What a signed decision of a step shows: who signed, the check's outcome, which bytes. */
export interface StepSignatureSummary {
  signer: SignerInfo;
  status: SignatureStatus;
  signedAt: string | null;
  /** sha256 of the approved file the signed PDF extends (its first revision). */
  approvedSha256: string;
  /** sha256 of the signed PDF as uploaded. */
  sha256: string;
}

/**
 * The signed PDF with which an approver decided a step that requires a signature: the approved
 * file's bytes unchanged, plus the signer's incremental update. Kept forever, with the full
 * verification result at the time of the decision.
 */
@Entity('approval_step_signatures')
export class ApprovalStepSignature extends AgencyPart {
  /** The request's agency: every row that owns a stored file names it (integrity audits and alerts go there). */

  @Pg.uuid()
  stepId: string;

  @Pg.uuid()
  requestId: string;

  @Column({ name: 'approved_sha256', type: 'char', length: 64 })
  approvedSha256: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bigint' })
  size: string;

  @Pg.text()
  name: string;

  @Pg.text()
  storageKey: string;

  @Pg.jsonb()
  signer: SignerInfo;

  @Pg.text()
  status: SignatureStatus;

  @Pg.jsonb()
  reports: SignatureReport[];

  @Pg.uuid()
  signedBy: string;
}
