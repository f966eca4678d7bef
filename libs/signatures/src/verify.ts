import { createHash } from 'node:crypto';
import { Certificate, issuedBy } from './certificates';
import { CmsError, CmsSigner, parseCms, verifyWithAlgorithm } from './cms';
import { findPdfSignatures, PdfSignatureField, signedBytes } from './pdf-scan';

export type SignatureStatus = 'VALID' | 'INVALID' | 'UNTRUSTED' | 'INDETERMINATE';
export type RevocationStatus = 'GOOD' | 'REVOKED' | 'NOT_CHECKED';

/** Why a signature is not VALID; a VALID one has none. */
export type SignatureProblem =
  | 'BYTE_RANGE_MALFORMED'
  | 'CMS_UNREADABLE'
  | 'SIGNER_CERTIFICATE_MISSING'
  | 'UNSUPPORTED_ALGORITHM'
  | 'DIGEST_MISMATCH'
  | 'SIGNATURE_MISMATCH'
  | 'CHAIN_NOT_TRUSTED'
  | 'CERTIFICATE_NOT_VALID_AT_SIGNING_TIME'
  | 'CERTIFICATE_REVOKED'
  | 'CONTENT_ADDED_AFTER_SIGNING'
  | 'SIGNING_TIME_UNKNOWN';

export interface SignerInfo {
  commonName: string | null;
  organization: string | null;
  /** The certificate's serial number (hex). */
  serialNumber: string | null;
  /** The issuer's distinguished name. */
  issuer: string | null;
  /** The subject's own serialNumber/UID attribute (citizen or tax id on Vietnamese certificates). */
  subjectSerialNumber: string | null;
}

export interface SignatureChecks {
  /** The bytes of the signed revision hash to the signed digest and the signature verifies. */
  integrity: boolean;
  /** The signer's chain ends at a configured trust anchor. */
  trustedChain: boolean;
  /** Every certificate of the chain was within its validity period at the signing time. */
  certificatesValidAtSigningTime: boolean;
  revocation: RevocationStatus;
  /** Bytes were appended after this signature's revision. */
  contentAddedAfter: boolean;
  /** Everything appended after this signature is covered by a later VALID signature. */
  laterChangesSigned: boolean;
  /** The chain, signer first (subjects). */
  chain: string[];
  /** A timestamp token is attached (its time is not yet used). */
  timestamped: boolean;
}

export interface SignatureReport {
  /** 1-based order of the signature in the file (by signed revision). */
  index: number;
  status: SignatureStatus;
  signer: SignerInfo;
  signedAt: string | null;
  reason: string | null;
  location: string | null;
  coversWholeDocument: boolean;
  /** The signed byte ranges [offset1, length1, offset2, length2]; the signed revision ends at offset2 + length2. */
  byteRange: [number, number, number, number];
  subFilter: string | null;
  problems: SignatureProblem[];
  checks: SignatureChecks;
}

export interface VerifyOptions {
  trustAnchors: Certificate[];
  /** Used when a signature states no signing time (default: now). */
  now?: Date;
}

const EMPTY_SIGNER: SignerInfo = {
  commonName: null,
  organization: null,
  serialNumber: null,
  issuer: null,
  subjectSerialNumber: null,
};

/** The chain from the signer to an anchor (or as far as it goes), signer first. */
function buildChain(
  signer: Certificate,
  pool: Certificate[],
  anchors: Certificate[],
): { chain: Certificate[]; trusted: boolean } {
  const chain = [signer];
  const isAnchor = (c: Certificate) => anchors.some((a) => a.der.equals(c.der));
  let current = signer;
  for (let depth = 0; depth < 10; depth++) {
    if (isAnchor(current)) return { chain, trusted: true };
    const anchor = anchors.find((a) => issuedBy(current, a));
    if (anchor) {
      chain.push(anchor);
      return { chain, trusted: true };
    }
    const next = pool.find((c) => !chain.includes(c) && issuedBy(current, c) && c.x509.ca);
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return { chain, trusted: false };
}

function revocationOf(chain: Certificate[], cms: CmsSigner, at: Date): RevocationStatus {
  // every certificate below the anchor needs a CRL from its issuer, signed by that issuer
  let checkedAll = true;
  for (let i = 0; i < chain.length - 1; i++) {
    const certificate = chain[i];
    const issuer = chain[i + 1];
    const crl = cms.crls.find(
      (candidate) =>
        candidate.issuerDer.equals(certificate.issuerDer) &&
        verifyWithAlgorithm(
          candidate.signatureAlgorithm,
          null,
          candidate.tbs,
          issuer.x509.publicKey,
          candidate.signature,
        ) === true,
    );
    if (!crl) {
      checkedAll = false;
      continue;
    }
    const revokedAt = crl.revoked.get(certificate.serial);
    if (revokedAt && revokedAt.getTime() <= at.getTime()) return 'REVOKED';
  }
  return checkedAll && chain.length > 1 ? 'GOOD' : 'NOT_CHECKED';
}

function signerOf(certificate: Certificate | null): SignerInfo {
  if (!certificate) return EMPTY_SIGNER;
  return {
    commonName: certificate.subject.commonName,
    organization: certificate.subject.organization,
    serialNumber: certificate.serial,
    issuer: certificate.issuer.text,
    subjectSerialNumber: certificate.subject.serialNumber,
  };
}

/** Checks one signature without looking at what came after its revision. */
function checkOne(
  pdf: Buffer,
  field: PdfSignatureField,
  index: number,
  options: VerifyOptions,
): SignatureReport {
  const problems: SignatureProblem[] = [];
  const checks: SignatureChecks = {
    integrity: false,
    trustedChain: false,
    certificatesValidAtSigningTime: false,
    revocation: 'NOT_CHECKED',
    contentAddedAfter: false,
    laterChangesSigned: false,
    chain: [],
    timestamped: false,
  };
  const report: SignatureReport = {
    index,
    status: 'INDETERMINATE',
    signer: EMPTY_SIGNER,
    signedAt: field.signedAt?.toISOString() ?? null,
    reason: field.reason,
    location: field.location,
    coversWholeDocument: false,
    byteRange: field.byteRange,
    subFilter: field.subFilter,
    problems,
    checks,
  };
  if (!field.wellFormed) {
    problems.push('BYTE_RANGE_MALFORMED');
    report.status = 'INVALID';
    return report;
  }
  let cms: CmsSigner;
  try {
    cms = parseCms(field.cms);
  } catch (error) {
    problems.push('CMS_UNREADABLE');
    report.status = error instanceof CmsError ? 'INVALID' : 'INDETERMINATE';
    return report;
  }
  checks.timestamped = cms.hasTimestamp;
  const signer = cms.signerCertificate;
  report.signer = signerOf(signer);
  const signedAt = cms.signingTime ?? field.signedAt;
  report.signedAt = signedAt?.toISOString() ?? null;
  if (!signer) {
    problems.push('SIGNER_CERTIFICATE_MISSING');
    return report;
  }
  if (!cms.digestAlgorithm) {
    problems.push('UNSUPPORTED_ALGORITHM');
    return report;
  }
  // integrity: the revision's bytes → digest → (signed attributes) → signature
  const digest = createHash(cms.digestAlgorithm).update(signedBytes(pdf, field)).digest();
  let covered: Buffer;
  if (cms.signedAttributes) {
    if (!cms.messageDigest || !cms.messageDigest.equals(digest)) {
      problems.push('DIGEST_MISMATCH');
      report.status = 'INVALID';
      return report;
    }
    covered = cms.signedAttributes;
  } else covered = signedBytes(pdf, field);
  const verified = verifyWithAlgorithm(
    cms.signatureAlgorithm,
    cms.digestAlgorithm,
    covered,
    signer.x509.publicKey,
    cms.signature,
  );
  if (verified === undefined) {
    problems.push('UNSUPPORTED_ALGORITHM');
    return report;
  }
  if (!verified) {
    problems.push('SIGNATURE_MISMATCH');
    report.status = 'INVALID';
    return report;
  }
  checks.integrity = true;

  // the signer's chain to the configured anchors, each certificate valid at the signing time
  const { chain, trusted } = buildChain(signer, cms.certificates, options.trustAnchors);
  checks.chain = chain.map((c) => c.subject.text);
  checks.trustedChain = trusted;
  const at = signedAt ?? options.now ?? new Date();
  if (!signedAt) problems.push('SIGNING_TIME_UNKNOWN');
  checks.certificatesValidAtSigningTime = chain.every(
    (c) => c.notBefore.getTime() <= at.getTime() && at.getTime() <= c.notAfter.getTime(),
  );
  checks.revocation = revocationOf(chain, cms, at);
  if (!checks.certificatesValidAtSigningTime) problems.push('CERTIFICATE_NOT_VALID_AT_SIGNING_TIME');
  if (checks.revocation === 'REVOKED') problems.push('CERTIFICATE_REVOKED');
  if (!trusted) problems.push('CHAIN_NOT_TRUSTED');

  if (!checks.certificatesValidAtSigningTime || checks.revocation === 'REVOKED') report.status = 'INVALID';
  else if (!trusted) report.status = 'UNTRUSTED';
  else if (!signedAt) report.status = 'INDETERMINATE';
  else report.status = 'VALID';
  return report;
}

/** Only whitespace (or NUL padding) after `end`. */
function nothingAfter(pdf: Buffer, end: number): boolean {
  for (let i = end; i < pdf.length; i++) {
    const byte = pdf[i];
    if (byte !== 0x0a && byte !== 0x0d && byte !== 0x20 && byte !== 0x09 && byte !== 0x00) return false;
  }
  return true;
}

/**
 * Verifies every signature of a PDF. A signature is VALID only when its revision is intact,
 * its signer chains to one of `trustAnchors`, every certificate of that chain was valid at the
 * signing time and none is revoked by an embedded CRL, and whatever was appended after its
 * revision is covered by a later VALID signature. A file changed after signing is therefore
 * never VALID: an edit inside the signed range breaks the digest (INVALID), an edit appended
 * as an incremental update leaves the signature intact but marks it INVALID with
 * CONTENT_ADDED_AFTER_SIGNING unless a later trusted signer signed it.
 */
export function verifyPdfSignatures(pdf: Buffer, options: VerifyOptions | Certificate[]): SignatureReport[] {
  const opts: VerifyOptions = Array.isArray(options) ? { trustAnchors: options } : options;
  const fields = findPdfSignatures(pdf);
  const reports = fields.map((field, i) => checkOne(pdf, field, i + 1, opts));
  // from the last revision back: what was appended after a signature must be signed by a later VALID one
  let validCoverEnd = -1;
  for (let i = reports.length - 1; i >= 0; i--) {
    const report = reports[i];
    const end = fields[i].revisionEnd;
    report.coversWholeDocument = fields[i].wellFormed && nothingAfter(pdf, end);
    report.checks.contentAddedAfter = !report.coversWholeDocument;
    report.checks.laterChangesSigned = report.coversWholeDocument || validCoverEnd >= end;
    if (!report.checks.laterChangesSigned && report.checks.integrity) {
      report.problems.push('CONTENT_ADDED_AFTER_SIGNING');
      if (report.status === 'VALID') report.status = 'INVALID';
    }
    if (report.status === 'VALID') validCoverEnd = Math.max(validCoverEnd, end);
  }
  return reports;
}
