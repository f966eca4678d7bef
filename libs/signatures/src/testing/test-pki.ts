/**
 * A throw-away PKI for tests: a root CA made on the spot, certificates it issues (valid,
 * expired, for a person or an agency) and their PKCS#12 files. Never used outside tests.
 */
import * as forge from 'node-forge';
import { KeyMaterial, Pkcs12SigningProvider } from '../signing-provider';
import { createPrivateKey, sign as cryptoSign } from 'node:crypto';
import { integer, nullValue, oid, seq, tlv, utcTime } from '../der';
import { parseCertificate } from '../certificates';

export interface TestIdentity {
  commonName: string;
  organization?: string;
  /** Default: valid from a year ago for two years. */
  notBefore?: Date;
  notAfter?: Date;
}

export interface IssuedCertificate {
  certificatePem: string;
  certificateDer: Buffer;
  keyPem: string;
  /** PKCS#12 with the key, the certificate and the CA. */
  p12(password: string): Buffer;
  /** A provider that signs with this certificate; `crls` are embedded in every signature. */
  provider(crls?: Buffer[]): Pkcs12SigningProvider;
  serial: string;
}

let serialCounter = 1;

function name(identity: { commonName: string; organization?: string }): forge.pki.CertificateField[] {
  return [
    { shortName: 'C', value: 'VN' },
    ...(identity.organization ? [{ shortName: 'O', value: identity.organization }] : []),
    { shortName: 'CN', value: identity.commonName },
  ].map((field) => ({ ...field, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class }));
}

export class TestCa {
  readonly certificate: forge.pki.Certificate;
  private readonly key: forge.pki.rsa.KeyPair;

  constructor(commonName = 'Test Root CA', organization = 'Throw-away test CA') {
    this.key = forge.pki.rsa.generateKeyPair({ bits: 2048 });
    const cert = forge.pki.createCertificate();
    cert.publicKey = this.key.publicKey;
    cert.serialNumber = (serialCounter++).toString(16).padStart(2, '0') + Date.now().toString(16);
    cert.validity.notBefore = new Date(Date.now() - 5 * 365 * 86400_000);
    cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 86400_000);
    cert.setSubject(name({ commonName, organization }));
    cert.setIssuer(name({ commonName, organization }));
    cert.setExtensions([
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ]);
    cert.sign(this.key.privateKey, forge.md.sha256.create());
    this.certificate = cert;
  }

  /** A CRL of this CA (v2, sha256WithRSA) listing the given serials (hex) revoked at the given times. */
  crl(revoked: { serial: string; at: Date }[], thisUpdate = new Date()): Buffer {
    const issuer = Buffer.from(
      forge.asn1.toDer(forge.pki.distinguishedNameToAsn1(this.certificate.subject)).getBytes(),
      'binary',
    );
    const sha256WithRsa = seq(oid('1.2.840.113549.1.1.11'), nullValue());
    const entries = revoked.map((r) =>
      seq(tlv(0x02, Buffer.from(r.serial.length % 2 ? `0${r.serial}` : r.serial, 'hex')), utcTime(r.at)),
    );
    const tbs = seq(
      integer(1),
      sha256WithRsa,
      issuer,
      utcTime(thisUpdate),
      utcTime(new Date(thisUpdate.getTime() + 7 * 86400_000)),
      ...(entries.length ? [seq(...entries)] : []),
    );
    const key = createPrivateKey(forge.pki.privateKeyToPem(this.key.privateKey));
    const signature = cryptoSign('sha256', tbs, key);
    return seq(tbs, sha256WithRsa, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  }

  get der(): Buffer {
    return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(this.certificate)).getBytes(), 'binary');
  }

  get pem(): string {
    return forge.pki.certificateToPem(this.certificate);
  }

  issue(identity: TestIdentity): IssuedCertificate {
    const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
    const cert = forge.pki.createCertificate();
    cert.publicKey = keys.publicKey;
    cert.serialNumber = '5a' + (serialCounter++).toString(16).padStart(4, '0') + Date.now().toString(16);
    cert.validity.notBefore = identity.notBefore ?? new Date(Date.now() - 365 * 86400_000);
    cert.validity.notAfter = identity.notAfter ?? new Date(Date.now() + 365 * 86400_000);
    cert.setSubject(name(identity));
    cert.setIssuer(this.certificate.subject.attributes);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    ]);
    cert.sign(this.key.privateKey, forge.md.sha256.create());
    const ca = this.certificate;
    const certificateDer = Buffer.from(
      forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(),
      'binary',
    );
    const keyPem = forge.pki.privateKeyToPem(keys.privateKey);
    const material = (): KeyMaterial => ({
      privateKey: createPrivateKey(keyPem),
      chain: [
        certificateDer,
        Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(ca)).getBytes(), 'binary'),
      ],
    });
    return {
      certificatePem: forge.pki.certificateToPem(cert),
      certificateDer,
      keyPem,
      serial: parseCertificate(certificateDer).serial,
      p12: (password: string) =>
        Buffer.from(
          forge.asn1
            .toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, ca], password, { algorithm: '3des' }))
            .getBytes(),
          'binary',
        ),
      provider: (crls?: Buffer[]) => new Pkcs12SigningProvider({ ...material(), crls }),
    };
  }
}
