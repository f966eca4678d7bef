import { createPrivateKey, createPublicKey, KeyObject, sign as cryptoSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as forge from 'node-forge';
import { parseCertificate } from './certificates';
import { assembleCms, padesSignedAttributes } from './cms';
import { embedCms, PrepareOptions, preparePdfForSigning, SignatureAppearance } from './pdf-prepare';

/** What the system asks a provider to sign: the SHA-256 of a prepared PDF's signed bytes. */
export interface SigningRequest {
  /** SHA-256 of the bytes the signature covers (PreparedPdf.digest). */
  digest: Buffer;
  digestAlgorithm: 'SHA-256';
  /** Shown to the signer by a remote provider that asks for confirmation (e.g. on a phone). */
  description: string;
  signingTime: Date;
}

/** Who signs, as the appearance and the records show it. */
export interface SignerIdentity {
  commonName: string | null;
  organization: string | null;
  serialNumber: string;
}

/**
 * A signing provider: holds (or reaches) a signing key and turns a digest into a detached CMS
 * (PAdES: ETSI.CAdES.detached). The PDF itself never leaves the system: preparing it and
 * embedding the CMS happen here (preparePdfForSigning / embedCms), only the hash is sent.
 */
export interface SigningProvider {
  /** `dev-pkcs12`, `remote`, … */
  readonly id: string;
  identity(): Promise<SignerIdentity>;
  /** Returns the DER CMS SignedData over the digest, with the signer's certificate chain. */
  sign(request: SigningRequest): Promise<Buffer>;
}

/** Options of signPdf: those of the placeholder plus what the signer is told. */
export interface SignPdfOptions extends PrepareOptions {
  description?: string;
  /** Lines of the visible box; default: signer, organization and time. */
  appearance?: SignatureAppearance;
}

/** Vietnam local time (UTC+7) as dd/mm/yyyy HH:mm. */
export function vietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** The usual lines of a visible signature: who signed, for which organisation, when. */
export function defaultAppearanceLines(identity: SignerIdentity, signingTime: Date): string[] {
  return [
    `Ký bởi: ${identity.commonName ?? ''}`,
    ...(identity.organization ? [`Cơ quan: ${identity.organization}`] : []),
    `Thời gian ký: ${vietnamTime(signingTime)}`,
  ];
}

/** Prepare → send the hash → embed the returned CMS: one signature appended to `pdf`. */
export async function signPdf(
  pdf: Buffer,
  provider: SigningProvider,
  options: SignPdfOptions = {},
): Promise<Buffer> {
  const signingTime = options.signingTime ?? new Date();
  const identity = await provider.identity();
  const appearance = options.appearance
    ? {
        ...options.appearance,
        lines: options.appearance.lines.length
          ? options.appearance.lines
          : defaultAppearanceLines(identity, signingTime),
      }
    : undefined;
  const prepared = await preparePdfForSigning(pdf, {
    ...options,
    signingTime,
    appearance,
    name: options.name ?? identity.commonName ?? undefined,
  });
  const cms = await provider.sign({
    digest: prepared.digest,
    digestAlgorithm: 'SHA-256',
    description: options.description ?? options.reason ?? 'Ký văn bản',
    signingTime,
  });
  return embedCms(prepared, cms);
}

/** A key and its chain read from a PKCS#12 file (signer certificate first). */
export interface KeyMaterial {
  privateKey: KeyObject;
  chain: Buffer[];
  /** CRLs (DER) embedded with each signature, so verifiers can check revocation offline. */
  crls?: Buffer[];
}

/** Reads a PKCS#12 (.p12/.pfx) file's key and certificates; the signer is the certificate that matches the key. */
export function readPkcs12(p12: Buffer, password: string): KeyMaterial {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  const store = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  const keyBags = [
    ...(store.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ??
      []),
    ...(store.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const keyBag = keyBags.find((bag) => bag.key || bag.asn1);
  if (!keyBag) throw new Error('the PKCS#12 file holds no private key');
  const keyDer = keyBag.key
    ? forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key))).getBytes()
    : forge.asn1.toDer(keyBag.asn1).getBytes();
  const privateKey = createPrivateKey({ key: Buffer.from(keyDer, 'binary'), format: 'der', type: 'pkcs8' });
  const certBags = store.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const certificates = certBags
    .map((bag) =>
      bag.cert
        ? forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes()
        : bag.asn1
          ? forge.asn1.toDer(bag.asn1).getBytes()
          : '',
    )
    .filter((der) => der !== '')
    .map((der) => Buffer.from(der, 'binary'));
  const publicDer = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });
  const signerIndex = certificates.findIndex((der) =>
    publicDer(parseCertificate(der).x509.publicKey).equals(publicDer(createPublicKey(privateKey))),
  );
  if (signerIndex < 0) throw new Error('no certificate in the PKCS#12 file matches its key');
  const signer = certificates[signerIndex];
  return { privateKey, chain: [signer, ...certificates.filter((_, i) => i !== signerIndex)] };
}

/**
 * The development provider: signs with a local PKCS#12 key (SIGNING_PKCS12_PATH and
 * SIGNING_PKCS12_PASSWORD). For development and tests only; production refuses it, because the
 * system must never hold an agency's private key (remote signing keeps it with the CA).
 */
export class Pkcs12SigningProvider implements SigningProvider {
  readonly id = 'dev-pkcs12';
  private readonly material: KeyMaterial;

  constructor(p12: Buffer | KeyMaterial, password = '') {
    this.material = Buffer.isBuffer(p12) ? readPkcs12(p12, password) : p12;
  }

  static fromFile(path: string, password: string): Pkcs12SigningProvider {
    return new Pkcs12SigningProvider(readFileSync(path), password);
  }

  async identity(): Promise<SignerIdentity> {
    const certificate = parseCertificate(this.material.chain[0]);
    return {
      commonName: certificate.subject.commonName,
      organization: certificate.subject.organization,
      serialNumber: certificate.serial,
    };
  }

  async sign(request: SigningRequest): Promise<Buffer> {
    if (request.digestAlgorithm !== 'SHA-256' || request.digest.length !== 32)
      throw new Error('SHA-256 digests only');
    const attributes = padesSignedAttributes(request.digest, this.material.chain[0]);
    const signature = cryptoSign('sha256', attributes, this.material.privateKey);
    return assembleCms(attributes, signature, this.material.chain, this.material.crls);
  }
}
