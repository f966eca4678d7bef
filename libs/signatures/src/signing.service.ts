import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError } from '@app/platform';
import { RemoteSigningError, RemoteSigningProvider } from './remote-provider';
import { Pkcs12SigningProvider, SignPdfOptions, signPdf, SigningProvider } from './signing-provider';

/** The provider SIGNING_PROVIDER names (none: null). */
export function providerFromConfig(config: AppConfig): SigningProvider | null {
  switch (config.SIGNING_PROVIDER) {
    case 'dev-pkcs12':
      return Pkcs12SigningProvider.fromFile(config.SIGNING_PKCS12_PATH, config.SIGNING_PKCS12_PASSWORD);
    case 'remote':
      return new RemoteSigningProvider({
        url: config.SIGNING_REMOTE_URL,
        token: config.SIGNING_REMOTE_TOKEN,
        credentialId: config.SIGNING_REMOTE_CREDENTIAL_ID,
        mode: config.SIGNING_REMOTE_MODE === 'raw' ? 'raw' : 'cms',
        timeoutMs: config.SIGNING_REMOTE_TIMEOUT_MS,
      });
    default:
      return null;
  }
}

/**
 * The system's own signatures (the agency's seal on a decision it issues, seals on exports),
 * made by the configured provider. `available` tells whether one is configured.
 */
@Injectable()
export class SigningService {
  private provider: SigningProvider | null | undefined;

  constructor(private readonly config: AppConfig) {}

  /** Replaces the configured provider (tests, or a per-signer remote credential). */
  use(provider: SigningProvider | null): void {
    this.provider = provider;
  }

  private current(): SigningProvider | null {
    if (this.provider === undefined) this.provider = providerFromConfig(this.config);
    return this.provider;
  }

  get available(): boolean {
    return this.current() !== null;
  }

  /** Appends one signature to `pdf` (incremental update); 503 when no provider is configured or it fails. */
  async sign(pdf: Buffer, options: SignPdfOptions = {}, provider?: SigningProvider): Promise<Buffer> {
    const signer = provider ?? this.current();
    if (!signer) throw new DomainError('SIGNING_NOT_CONFIGURED');
    try {
      return await signPdf(pdf, signer, options);
    } catch (error) {
      if (error instanceof RemoteSigningError)
        throw new DomainError('SIGNING_PROVIDER_FAILED', { reason: error.message });
      throw error;
    }
  }
}
