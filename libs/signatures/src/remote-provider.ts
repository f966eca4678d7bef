import { createHash } from 'node:crypto';
import { parseCertificate } from './certificates';
import { assembleCms, padesSignedAttributes } from './cms';
import { SignerIdentity, SigningProvider, SigningRequest } from './signing-provider';

/** Settings of a licensed CA's remote-signing REST API (docs/signing-providers.md). */
export interface RemoteProviderOptions {
  /** Base URL, e.g. https://rs.ca.example.vn/api/v1 */
  url: string;
  /** Bearer token of the system's account at the provider. */
  token: string;
  /** The signer's credential (certificate and key held by the CA). */
  credentialId: string;
  /** `cms`: the provider returns a CMS; `raw`: it returns a PKCS#1/ECDSA signature over the hash we send and we build the CMS. */
  mode: 'cms' | 'raw';
  /** How long to wait for the signer's confirmation (a phone app), in ms. */
  timeoutMs: number;
  /** Between two polls of a pending transaction, in ms. */
  pollMs?: number;
  fetch?: typeof fetch;
}

interface CredentialResponse {
  certificateChain: string[];
}

interface SignResponse {
  status?: 'PENDING' | 'SIGNED' | 'REJECTED' | 'EXPIRED';
  transactionId?: string;
  cms?: string;
  signature?: string;
}

export class RemoteSigningError extends Error {}

/**
 * A remote-signing provider (ký số từ xa): the key stays with the licensed CA; the system sends
 * only a SHA-256 hash and gets back the CMS (or a raw signature it wraps into one). A pending
 * answer (the signer confirms on a phone) is polled until signed, refused or timed out.
 */
export class RemoteSigningProvider implements SigningProvider {
  readonly id = 'remote';
  private chain?: Buffer[];

  constructor(private readonly options: RemoteProviderOptions) {}

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await (this.options.fetch ?? fetch)(`${this.options.url.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.options.token}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new RemoteSigningError(`${method} ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  private async certificateChain(): Promise<Buffer[]> {
    if (!this.chain) {
      const credential = await this.call<CredentialResponse>(
        'GET',
        `/credentials/${encodeURIComponent(this.options.credentialId)}`,
      );
      if (!Array.isArray(credential.certificateChain) || credential.certificateChain.length === 0)
        throw new RemoteSigningError('the credential has no certificate');
      this.chain = credential.certificateChain.map((der) => Buffer.from(der, 'base64'));
    }
    return this.chain;
  }

  async identity(): Promise<SignerIdentity> {
    const certificate = parseCertificate((await this.certificateChain())[0]);
    return {
      commonName: certificate.subject.commonName,
      organization: certificate.subject.organization,
      serialNumber: certificate.serial,
    };
  }

  async sign(request: SigningRequest): Promise<Buffer> {
    const raw = this.options.mode === 'raw';
    const chain = raw ? await this.certificateChain() : [];
    const attributes = raw ? padesSignedAttributes(request.digest, chain[0]) : undefined;
    const digest = attributes ? createHash('sha256').update(attributes).digest() : request.digest;
    let answer = await this.call<SignResponse>('POST', '/signatures', {
      credentialId: this.options.credentialId,
      digest: digest.toString('base64'),
      digestAlgorithm: 'SHA-256',
      returns: raw ? 'SIGNATURE' : 'CMS',
      description: request.description,
      signingTime: request.signingTime.toISOString(),
    });
    const deadline = Date.now() + this.options.timeoutMs;
    while (answer.status === 'PENDING' && answer.transactionId) {
      if (Date.now() > deadline) throw new RemoteSigningError('the signer did not confirm in time');
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 2000));
      answer = await this.call<SignResponse>(
        'GET',
        `/signatures/${encodeURIComponent(answer.transactionId)}`,
      );
    }
    if (answer.status === 'REJECTED' || answer.status === 'EXPIRED')
      throw new RemoteSigningError(`the signer's transaction ended ${answer.status}`);
    if (raw) {
      if (!answer.signature) throw new RemoteSigningError('no signature in the answer');
      return assembleCms(attributes!, Buffer.from(answer.signature, 'base64'), chain);
    }
    if (!answer.cms) throw new RemoteSigningError('no CMS in the answer');
    return Buffer.from(answer.cms, 'base64');
  }
}
