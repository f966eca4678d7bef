import { Injectable } from '@nestjs/common';
import { SigningService } from '@app/signatures';

/**
 * The system's own seal on what it exports (controlled copies, printed reports): when a signing
 * provider is configured (SIGNING_PROVIDER: the development PKCS#12 key or a licensed remote
 * signing service), the PDF gets an invisible PAdES signature naming why it was issued, so a
 * reader can check it came from the system unchanged. Without a provider the PDF is sent unsealed.
 * The decision itself is not sealed here: the competent person and the agency sign it.
 */
@Injectable()
export class SystemSeal {
  constructor(private readonly signing: SigningService) {}

  get available(): boolean {
    return this.signing.available;
  }

  async seal(pdf: Buffer, reason: string): Promise<Buffer> {
    if (!this.signing.available) return pdf;
    return this.signing.sign(pdf, { reason, location: 'ISO điện tử', description: reason });
  }
}
