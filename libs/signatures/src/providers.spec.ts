import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { PDFDocument } from 'pdf-lib';
import { loadConfig } from '@app/platform';
import { parsePemBundle } from './certificates';
import { RemoteSigningProvider } from './remote-provider';
import { Pkcs12SigningProvider, signPdf } from './signing-provider';
import { TestCa } from './testing/test-pki';
import { verifyPdfSignatures } from './verify';
import { constants, createPrivateKey, privateEncrypt } from 'node:crypto';

async function onePagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return Buffer.from(await doc.save());
}

function body(request: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text ? (JSON.parse(text) as Record<string, string>) : {}));
  });
}

/**
 * A stand-in for a licensed CA's remote-signing API, shaped as docs/signing-providers.md says:
 * GET /credentials/:id, POST /signatures (202 PENDING until the signer confirms), GET /signatures/:tx.
 */
function fakeCa(ca: TestCa, mode: 'cms' | 'raw') {
  const holder = ca.issue({ commonName: 'Sở A (con dấu số)', organization: 'UBND tỉnh' });
  const provider = holder.provider();
  const key = createPrivateKey(holder.keyPem);
  const seen: { path: string; auth?: string; body?: Record<string, string> }[] = [];
  let polls = 0;
  let pending: Record<string, string> | null = null;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const json = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      const payload = await body(request);
      seen.push({
        path: `${request.method} ${request.url}`,
        auth: request.headers.authorization,
        body: payload,
      });
      if (request.headers.authorization !== 'Bearer t0ken') return json(401, {});
      if (request.method === 'GET' && request.url === '/credentials/cred-1')
        return json(200, {
          certificateChain: [holder.certificateDer.toString('base64'), ca.der.toString('base64')],
        });
      if (request.method === 'POST' && request.url === '/signatures') {
        pending = payload;
        return json(202, { status: 'PENDING', transactionId: 'tx-1' });
      }
      if (request.method === 'GET' && request.url === '/signatures/tx-1') {
        if (++polls < 2) return json(200, { status: 'PENDING', transactionId: 'tx-1' });
        const digest = Buffer.from(pending!.digest, 'base64');
        if (mode === 'raw') {
          // the CA signs the hash it was sent (of the signed attributes) and returns the bare signature
          const signature = privateEncrypt(
            { key, padding: constants.RSA_PKCS1_PADDING },
            Buffer.concat([SHA256_PREFIX, digest]),
          );
          return json(200, { status: 'SIGNED', signature: signature.toString('base64') });
        }
        const cms = await provider.sign({
          digest,
          digestAlgorithm: 'SHA-256',
          description: pending!.description,
          signingTime: new Date(pending!.signingTime),
        });
        return json(200, { status: 'SIGNED', cms: cms.toString('base64') });
      }
      return json(404, {});
    })();
  });
  return { server, seen };
}

/** DigestInfo prefix of SHA-256 (RSA PKCS#1 v1.5 signs DigestInfo). */
const SHA256_PREFIX = Buffer.from('3031300d060960864801650304020105000420', 'hex');

describe('signing providers', () => {
  const ca = new TestCa('Test Root CA');
  const anchors = parsePemBundle(ca.pem);

  for (const mode of ['cms', 'raw'] as const) {
    it(`the remote provider sends only the hash, waits for the signer and embeds the result (${mode})`, async () => {
      const { server, seen } = fakeCa(ca, mode);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const provider = new RemoteSigningProvider({
          url,
          token: 't0ken',
          credentialId: 'cred-1',
          mode,
          timeoutMs: 10_000,
          pollMs: 10,
        });
        const pdf = await onePagePdf();
        const signed = await signPdf(pdf, provider, {
          reason: 'Đóng dấu cơ quan',
          description: 'QĐ số 12/QĐ-STP',
        });
        const [report] = verifyPdfSignatures(signed, anchors);
        expect(report).toMatchObject({ status: 'VALID', signer: { commonName: 'Sở A (con dấu số)' } });
        const post = seen.find((s) => s.path === 'POST /signatures')!;
        expect(post.auth).toBe('Bearer t0ken');
        expect(post.body).toMatchObject({
          credentialId: 'cred-1',
          digestAlgorithm: 'SHA-256',
          description: 'QĐ số 12/QĐ-STP',
          returns: mode === 'raw' ? 'SIGNATURE' : 'CMS',
        });
        // the PDF never leaves the system: 32 bytes of hash do
        expect(Buffer.from(post.body!.digest, 'base64')).toHaveLength(32);
        expect(JSON.stringify(seen).length).toBeLessThan(pdf.length + 4000);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  }

  it('production refuses the development PKCS#12 provider', () => {
    const base = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://iso:Str0ng-db-pass-9f3k@db/iso',
      JWT_SECRET: 'q8V2mZ0rT5yL1nB7xC4wK9pD3sF6hJ2gA0eR7tU5iO',
      AUDIT_HMAC_KEY: 'Zk2m9Q4r7T1v5X8b3N6p0L2s4D7f9H1j',
      S3_SECRET_KEY: 'k3Yp9Wq2Zr7Tn5Vm1Xs8Lc4',
    };
    expect(() => loadConfig({ ...base, SIGNING_PROVIDER: 'dev-pkcs12' })).toThrow(
      /SIGNING_PROVIDER: dev-pkcs12/,
    );
    expect(() =>
      loadConfig({ ...base, SIGNING_PROVIDER: 'remote', SIGNING_REMOTE_URL: 'https://rs.ca.example.vn' }),
    ).not.toThrow();
  });

  it('the development provider signs with a PKCS#12 file', async () => {
    const holder = ca.issue({ commonName: 'Nguyễn Văn A' });
    const provider = new Pkcs12SigningProvider(holder.p12('mật-khẩu'), 'mật-khẩu');
    const [report] = verifyPdfSignatures(await signPdf(await onePagePdf(), provider), anchors);
    expect(report.status).toBe('VALID');
  });
});
