import { createHash, constants, KeyObject, verify as cryptoVerify } from 'node:crypto';
import { Certificate, parseCertificate, serialHex } from './certificates';
import {
  Asn1Node,
  content,
  context,
  nullValue,
  octets,
  oid,
  oidOf,
  parseAsn1,
  raw,
  seq,
  setOf,
  timeOf,
  tlv,
  integer,
} from './der';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  revocationInfoArchival: '1.2.840.113583.1.1.8',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaSha256: '1.2.840.10045.4.3.2',
} as const;

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Signature algorithms: the digest they imply (undefined: the signer's digest algorithm). */
const SIGNATURE_ALGORITHMS: Record<string, { digest?: string; pss?: boolean }> = {
  [OID.rsaEncryption]: {},
  [OID.rsaPss]: { pss: true },
  '1.2.840.113549.1.1.5': { digest: 'sha1' },
  [OID.sha256WithRsa]: { digest: 'sha256' },
  '1.2.840.113549.1.1.12': { digest: 'sha384' },
  '1.2.840.113549.1.1.13': { digest: 'sha512' },
  [OID.ecPublicKey]: {},
  [OID.ecdsaSha256]: { digest: 'sha256' },
  '1.2.840.10045.4.3.3': { digest: 'sha384' },
  '1.2.840.10045.4.3.4': { digest: 'sha512' },
};

export class CmsError extends Error {}

/** A CRL embedded in a signature, with the parts its check needs. */
export interface EmbeddedCrl {
  issuerDer: Buffer;
  tbs: Buffer;
  signatureAlgorithm: string;
  signature: Buffer;
  thisUpdate: Date;
  revoked: Map<string, Date>;
}

/** One SignerInfo of a CMS SignedData, parsed. */
export interface CmsSigner {
  certificates: Certificate[];
  signerCertificate: Certificate | null;
  digestAlgorithm: string | null;
  /** The DER the signature covers (the signed attributes as a SET), or null when there are none. */
  signedAttributes: Buffer | null;
  messageDigest: Buffer | null;
  signingTime: Date | null;
  signatureAlgorithm: string;
  signature: Buffer;
  crls: EmbeddedCrl[];
  hasTimestamp: boolean;
  hasOcsp: boolean;
}

function algorithmOid(node: Asn1Node): string {
  return oidOf(node.children[0]);
}

function parseCrl(node: Asn1Node): EmbeddedCrl | null {
  try {
    const tbs = node.children[0];
    let index = tbs.children[0].tag === 0x02 ? 1 : 0; // optional version
    index++; // signature algorithm
    const issuer = tbs.children[index++];
    const thisUpdate = timeOf(tbs.children[index++]);
    if (tbs.children[index] && (tbs.children[index].tag === 0x17 || tbs.children[index].tag === 0x18))
      index++;
    const revoked = new Map<string, Date>();
    const list = tbs.children[index];
    if (list && list.tag === 0x30) {
      for (const entry of list.children) revoked.set(serialHex(entry.children[0]), timeOf(entry.children[1]));
    }
    const bits = content(node.children[2]);
    return {
      issuerDer: Buffer.from(raw(issuer)),
      tbs: Buffer.from(raw(tbs)),
      signatureAlgorithm: algorithmOid(node.children[1]),
      signature: Buffer.from(bits.subarray(1)),
      thisUpdate,
      revoked,
    };
  } catch {
    return null;
  }
}

/** Parses a DER (or BER) CMS ContentInfo holding SignedData; reads the first SignerInfo. */
export function parseCms(der: Buffer): CmsSigner {
  let root: Asn1Node;
  try {
    root = parseAsn1(der);
  } catch (error) {
    throw new CmsError(`not a CMS structure: ${(error as Error).message}`);
  }
  if (root.tag !== 0x30 || root.children.length < 2 || oidOf(root.children[0]) !== OID.signedData)
    throw new CmsError('not CMS SignedData');
  const signedData = root.children[1].children[0];
  const parts = signedData.children;
  const certificates: Certificate[] = [];
  const crls: EmbeddedCrl[] = [];
  let signerInfos: Asn1Node | undefined;
  for (const part of parts.slice(3)) {
    if (part.tag === 0xa0) {
      for (const cert of part.children) {
        if (cert.tag !== 0x30) continue;
        try {
          certificates.push(parseCertificate(Buffer.from(raw(cert))));
        } catch {
          // an unreadable extra certificate does not stop the check; the chain will lack it
        }
      }
    } else if (part.tag === 0xa1) {
      for (const crl of part.children) {
        const parsed = crl.tag === 0x30 ? parseCrl(crl) : null;
        if (parsed) crls.push(parsed);
      }
    } else if (part.tag === 0x31) signerInfos = part;
  }
  const signerInfo = signerInfos?.children[0];
  if (!signerInfo) throw new CmsError('CMS has no signer');
  const fields = signerInfo.children;
  const sid = fields[1];
  let at = 2;
  const digestAlgorithm = DIGESTS[algorithmOid(fields[at++])] ?? null;
  let signedAttributes: Buffer | null = null;
  let messageDigest: Buffer | null = null;
  let signingTime: Date | null = null;
  let hasOcsp = false;
  if (fields[at].tag === 0xa0) {
    const attrs = fields[at++];
    // the signature covers the attributes encoded as a SET (tag 0x31), not as the [0] IMPLICIT tag
    signedAttributes = Buffer.from(raw(attrs));
    signedAttributes[0] = 0x31;
    for (const attribute of attrs.children) {
      const type = oidOf(attribute.children[0]);
      const value = attribute.children[1].children[0];
      if (type === OID.messageDigest) messageDigest = Buffer.from(content(value));
      else if (type === OID.signingTime) signingTime = timeOf(value);
      else if (type === OID.revocationInfoArchival) {
        for (const item of value.children) {
          if (item.tag === 0xa0) {
            for (const crl of item.children[0]?.children ?? []) {
              const parsed = parseCrl(crl);
              if (parsed) crls.push(parsed);
            }
          } else if (item.tag === 0xa1) hasOcsp = true;
        }
      }
    }
  }
  const signatureAlgorithm = algorithmOid(fields[at++]);
  const signature = Buffer.from(content(fields[at++]));
  const unsigned = fields[at];
  const hasTimestamp =
    unsigned?.tag === 0xa1 && unsigned.children.some((a) => oidOf(a.children[0]) === OID.timeStampToken);

  let signerCertificate: Certificate | null = null;
  if (sid.tag === 0x30) {
    const issuer = raw(sid.children[0]);
    const serial = serialHex(sid.children[1]);
    signerCertificate = certificates.find((c) => c.serial === serial && c.issuerDer.equals(issuer)) ?? null;
  } else if (sid.tag === 0x80) {
    const keyId = content(sid);
    signerCertificate =
      certificates.find((c) => {
        const spki = c.x509.publicKey.export({ type: 'spki', format: 'der' });
        const bits = content(parseAsn1(spki).children[1]).subarray(1);
        return createHash('sha1').update(bits).digest().equals(keyId);
      }) ?? null;
  }
  return {
    certificates,
    signerCertificate,
    digestAlgorithm,
    signedAttributes,
    messageDigest,
    signingTime,
    signatureAlgorithm,
    signature,
    crls,
    hasTimestamp,
    hasOcsp,
  };
}

/** Verifies `signature` over `data` with `key` for a CMS/X.509 signature algorithm; undefined: unsupported algorithm. */
export function verifyWithAlgorithm(
  algorithm: string,
  fallbackDigest: string | null,
  data: Buffer,
  key: KeyObject,
  signature: Buffer,
): boolean | undefined {
  const known = SIGNATURE_ALGORITHMS[algorithm];
  if (!known) return undefined;
  const digest = known.digest ?? fallbackDigest ?? 'sha256';
  try {
    if (known.pss) {
      return cryptoVerify(
        digest,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
        signature,
      );
    }
    return cryptoVerify(digest, data, key, signature);
  } catch {
    return false;
  }
}

// ---- building a CMS for a PAdES signature ---------------------------------------------------

/**
 * The signed attributes of a PAdES baseline signature over `documentDigest` (SHA-256): content
 * type, message digest and the signing certificate (ESS signing-certificate-v2). The signing
 * time is the /M entry of the PDF's signature dictionary, as PAdES wants, not an attribute.
 */
export function padesSignedAttributes(documentDigest: Buffer, signerCertificate: Buffer): Buffer {
  const attribute = (type: string, value: Buffer) => seq(oid(type), setOf(value));
  const certHash = createHash('sha256').update(signerCertificate).digest();
  return setOf(
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(documentDigest)),
    attribute(OID.signingCertificateV2, seq(seq(seq(octets(certHash))))),
  );
}

/**
 * Assembles a detached CMS SignedData from signed attributes, the signature over them, the
 * certificate chain (signer first) and revocation lists to embed (CRLs, DER). RSA keys sign sha256WithRSAEncryption, EC keys ECDSA-SHA256.
 */
export function assembleCms(
  signedAttributes: Buffer,
  signature: Buffer,
  chain: Buffer[],
  crls: Buffer[] = [],
): Buffer {
  const signer = parseCertificate(chain[0]);
  const keyType = signer.x509.publicKey.asymmetricKeyType;
  const signatureAlgorithm =
    keyType === 'ec' ? seq(oid(OID.ecdsaSha256)) : seq(oid(OID.sha256WithRsa), nullValue());
  const sha256 = seq(oid('2.16.840.1.101.3.4.2.1'));
  const serialNode = parseAsn1(signer.der).children[0];
  const serial = serialNode.children[0].tag === 0xa0 ? serialNode.children[1] : serialNode.children[0];
  const implicitAttributes = Buffer.from(signedAttributes);
  implicitAttributes[0] = 0xa0;
  const signerInfo = seq(
    integer(1),
    seq(signer.issuerDer, Buffer.from(raw(serial))),
    sha256,
    implicitAttributes,
    signatureAlgorithm,
    octets(signature),
  );
  const signedData = seq(
    integer(1),
    setOf(sha256),
    seq(oid(OID.data)),
    context(0, ...chain),
    ...(crls.length ? [context(1, ...crls)] : []),
    tlv(0x31, signerInfo),
  );
  return seq(oid(OID.signedData), context(0, signedData));
}
