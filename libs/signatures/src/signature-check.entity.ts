import { Entity, PrimaryColumn } from 'typeorm';
import { Pg } from '@app/platform';
import type { SignatureReport } from './verify';

/**
 * The stored result of checking a file's signatures. Keyed by the bytes (sha256) and by the set
 * of trust anchors it was checked against, so the same bytes are checked once per anchor set,
 * a change of SIGNATURE_TRUST_ANCHORS leads to a new check, and a re-run writes nothing new.
 */
@Entity('signature_checks')
export class SignatureCheck {
  @PrimaryColumn({ type: 'char', length: 64 })
  sha256: string;

  /** sha256 over the sorted fingerprints of the anchors (of the empty string when there are none). */
  @PrimaryColumn({ name: 'anchors_fingerprint', type: 'char', length: 64 })
  anchorsFingerprint: string;

  @Pg.jsonb()
  reports: SignatureReport[];

  @Pg.timestamptz({ default: () => 'now()' })
  checkedAt: Date;
}
