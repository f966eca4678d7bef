import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppConfig } from '@app/platform';
import { Certificate, loadTrustAnchors } from './certificates';

/**
 * The CAs whose signatures the system trusts: the certificates of SIGNATURE_TRUST_ANCHORS (a
 * PEM bundle, inline or a file path), typically the national root (Root CA of the Government
 * CA system, Ban Cơ yếu Chính phủ) and the root of the licensed public CAs (Bộ TT&TT / NEAC).
 * None are built in or guessed: without anchors no signature is VALID.
 */
@Injectable()
export class TrustAnchors {
  readonly certificates: Certificate[];
  readonly fingerprint: string;

  constructor(config: AppConfig) {
    this.certificates = loadTrustAnchors(config.SIGNATURE_TRUST_ANCHORS);
    this.fingerprint = createHash('sha256')
      .update(
        this.certificates
          .map((c) => c.fingerprint256)
          .sort()
          .join(','),
      )
      .digest('hex');
  }
}
