import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Asn1Node, content, oidOf, parseAsn1, raw, stringOf, timeOf } from './der';

/** What a report says about a certificate's holder or issuer. */
export interface DistinguishedName {
  commonName: string | null;
  organization: string | null;
  /** The subject's serialNumber attribute (2.5.4.5) or UID (Vietnamese CAs put "CMND:…", "MST:…" there). */
  serialNumber: string | null;
  /** The whole name, most significant part last (`CN=…, O=…, C=VN`). */
  text: string;
}

/** A parsed X.509 certificate: Node's own object for key maths plus the fields the checks read. */
export interface Certificate {
  der: Buffer;
  x509: X509Certificate;
  /** Certificate serial number, upper-case hex without leading zero bytes. */
  serial: string;
  issuerDer: Buffer;
  subjectDer: Buffer;
  issuer: DistinguishedName;
  subject: DistinguishedName;
  notBefore: Date;
  notAfter: Date;
  fingerprint256: string;
}

const NAME_ATTRIBUTES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.12': 'T',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'E',
};

function parseName(node: Asn1Node): DistinguishedName {
  const pairs: [string, string][] = [];
  for (const rdn of node.children) {
    for (const attribute of rdn.children) {
      const type = oidOf(attribute.children[0]);
      pairs.push([NAME_ATTRIBUTES[type] ?? type, stringOf(attribute.children[1])]);
    }
  }
  const first = (key: string) => pairs.find(([k]) => k === key)?.[1] ?? null;
  return {
    commonName: first('CN'),
    organization: first('O'),
    serialNumber: first('SERIALNUMBER') ?? first('UID'),
    text: [...pairs]
      .reverse()
      .map(([k, v]) => `${k}=${v}`)
      .join(', '),
  };
}

/** Hex of an INTEGER's contents without sign-padding zeros. */
export function serialHex(node: Asn1Node): string {
  let bytes = content(node);
  while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.subarray(1);
  return bytes.toString('hex').toUpperCase();
}

export function parseCertificate(der: Buffer): Certificate {
  const root = parseAsn1(der);
  const exact = Buffer.from(raw(root));
  const tbs = root.children[0];
  const fields = tbs.children[0].tag === 0xa0 ? tbs.children.slice(1) : tbs.children;
  const [serial, , issuer, validity, subject] = fields;
  const x509 = new X509Certificate(exact);
  return {
    der: exact,
    x509,
    serial: serialHex(serial),
    issuerDer: Buffer.from(raw(issuer)),
    subjectDer: Buffer.from(raw(subject)),
    issuer: parseName(issuer),
    subject: parseName(subject),
    notBefore: timeOf(validity.children[0]),
    notAfter: timeOf(validity.children[1]),
    fingerprint256: x509.fingerprint256,
  };
}

/** Every certificate of a PEM bundle (text); other blocks are ignored. */
export function parsePemBundle(pem: string): Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) =>
    parseCertificate(
      Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64'),
    ),
  );
}

/**
 * The trust anchors of SIGNATURE_TRUST_ANCHORS: the PEM text itself, or the path of a PEM
 * file. Empty: no anchors, so no signature is ever VALID (all are at best UNTRUSTED).
 */
export function loadTrustAnchors(setting: string | undefined): Certificate[] {
  const value = (setting ?? '').trim();
  if (value === '') return [];
  const pem = value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : readFileSync(value, 'utf8');
  const anchors = parsePemBundle(pem);
  if (anchors.length === 0) throw new Error('SIGNATURE_TRUST_ANCHORS holds no PEM certificate');
  return anchors;
}

/** `certificate` was issued by `issuer`: names match and the issuer's key verifies its signature. */
export function issuedBy(certificate: Certificate, issuer: Certificate): boolean {
  if (!certificate.issuerDer.equals(issuer.subjectDer)) return false;
  try {
    return certificate.x509.verify(issuer.x509.publicKey);
  } catch {
    return false;
  }
}

export function toPem(certificate: Certificate): string {
  const body = certificate.der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN CERTIFICATE-----\n${body.trim()}\n-----END CERTIFICATE-----\n`;
}
