import { Column, Entity } from 'typeorm';
import { Pg } from '@app/platform';
import type { SignatureReport } from '@app/signatures';
import { StoredFileEntity } from '@app/storage';

/**
 * The decision PDF exactly as the system first printed it for an approved request: kept, so the
 * copy the agency signs outside the system (USB token) is checked against these very bytes, and
 * every later print of the decision returns them unchanged.
 */
@Entity('decision_prints')
export class DecisionPrint extends StoredFileEntity {
  @Pg.uuid()
  requestId: string;
}

/**
 * The issued decision, signed as Nghị định 30/2020 (Phụ lục I) describes: the printed decision's
 * bytes unchanged as the first revision, then the competent person's signature, then the
 * agency's. Kept forever with the verification result at upload; one per request.
 */
@Entity('signed_decisions')
export class SignedDecision extends StoredFileEntity {
  @Pg.uuid()
  requestId: string;

  /** sha256 of the printed decision the signed file extends. */
  @Column({ name: 'printed_sha256', type: 'char', length: 64 })
  printedSha256: string;

  /** The reports of the two signatures added to the printed decision (person first, agency second). */
  @Pg.jsonb()
  reports: SignatureReport[];
}

/**
 * The printed decision signed once, by the competent person (remote signing, POST …/decision/sign
 * as PERSON): kept until the agency signs on top of it; the result is then filed as SignedDecision.
 */
@Entity('decision_signing_stages')
export class DecisionSigningStage extends StoredFileEntity {
  @Pg.uuid()
  requestId: string;

  @Column({ type: 'text' })
  stage: 'PERSON';

  /** sha256 of the printed decision this copy extends. */
  @Column({ name: 'printed_sha256', type: 'char', length: 64 })
  printedSha256: string;
}

export const PRINTING_ENTITIES = [DecisionPrint, SignedDecision, DecisionSigningStage];
