import * as Minio from 'minio';
import { randomBytes, randomFillSync } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiClient } from './client';
import { agencyIdOf, DRAFTER, usernameOf } from './datagen';
import { BenchOptions } from './options';
import { RssSampler, rssOf, S3_BUCKET } from './procs';
import { log, round, sleep } from './util';

export interface TransferRound {
  apiUploadMBps: number;
  directPutMBps: number;
  /** putObject, then copyObject to another key and removeObject: the S3 work of a content-addressed upload. */
  directPutCopyMBps: number;
  apiDownloadMBps: number;
  /** GET …/content?redirect=1, then the presigned URL straight from the S3 server. */
  apiRedirectDownloadMBps: number;
  /** The same file through a bare node:http proxy (bench/baseline-server.ts): the cost of the extra hop alone. */
  bareProxyDownloadMBps: number;
  directGetMBps: number;
  idleRssMB: number;
  uploadPeakRssMB: number;
  downloadPeakRssMB: number;
}

export interface FileResult {
  sizeMB: number;
  rounds: TransferRound[];
  apiUploadMBps: number;
  directPutMBps: number;
  uploadRatio: number;
  directPutCopyMBps: number;
  uploadRatioToPutCopy: number;
  apiDownloadMBps: number;
  apiRedirectDownloadMBps: number;
  bareProxyDownloadMBps: number;
  directGetMBps: number;
  downloadRatio: number;
  /** API download / bare proxy download: what the framework costs beyond the hop. */
  downloadRatioToBareProxy: number;
  redirectDownloadRatio: number;
  /** Largest (peak RSS during a transfer − RSS just before it) of the API process. */
  peakAboveIdleMB: number;
  idleRssMB: number;
}

const MB = 1024 * 1024;
const HEADER = 64;

/** The test file: a PDF header, then random bytes; a fresh first line each time, so nothing is deduplicated. */
function prepareFile(path: string, bytes: number): void {
  if (!existsSync(path) || statSync(path).size !== bytes) {
    const fd = openSync(path, 'w');
    const chunk = Buffer.alloc(8 * MB);
    for (let written = 0; written < bytes; written += chunk.length) {
      randomFillSync(chunk);
      writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
    }
    closeSync(fd);
  }
  const line = `%PDF-1.7\n%bench ${randomBytes(16).toString('hex')}`.padEnd(HEADER - 1, ' ') + '\n';
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.from(line), 0, HEADER, 0);
  closeSync(fd);
}

/** Streams the file to the API as multipart/form-data (field `file`), never holding it in memory. */
function streamUpload(
  url: string,
  token: string,
  path: string,
  size: number,
): Promise<{ status: number; body: string }> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ho-so-200mb.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    // a server that answers early (an error) and closes makes our writes fail: report its answer
    let answered = false;
    req.on('response', () => (answered = true));
    req.on('error', (error) => setTimeout(() => (answered ? undefined : reject(error)), 2000));
    req.write(head);
    const file = createReadStream(path, { highWaterMark: MB });
    file.on('error', reject);
    file.on('end', () => req.end(tail));
    file.pipe(req, { end: false });
  });
}

/** Reads a response body to the end, counting bytes. */
function drain(): { sink: Writable; bytes: () => number } {
  let n = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      n += chunk.length;
      callback();
    },
  });
  return { sink, bytes: () => n };
}

function download(url: string, token?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`download → ${res.statusCode}`));
        res.resume();
        return;
      }
      const { sink, bytes } = drain();
      pipeline(res, sink).then(() => resolve(bytes()), reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function idleRss(pid: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    samples.push(rssOf(pid));
    await sleep(50);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/**
 * A large file through the API (upload, then download) and straight to the same S3 server with
 * the minio client (putObject / getObject of the same bytes, same part size as the API), in
 * the same run; the API process's RSS is sampled every 50 ms during its transfers.
 */
export async function runFiles(
  options: BenchOptions,
  api: ApiClient,
  apiPid: number,
  s3Endpoint: string,
  bareProxyUrl: string,
  rounds = 2,
): Promise<FileResult> {
  const size = options.fileMiB * MB;
  const path = join(options.workDir, `upload-${options.fileMiB}mb.pdf`);
  const agency = options.scale.bigProvince - 11;
  const token = await api.login(usernameOf(agency, DRAFTER));
  const endpoint = new URL(s3Endpoint);
  const minio = new Minio.Client({
    endPoint: endpoint.hostname,
    port: Number(endpoint.port || 80),
    useSSL: false,
    accessKey: process.env.S3_ACCESS_KEY ?? 'S3RVER',
    secretKey: process.env.S3_SECRET_KEY ?? 'S3RVER',
    region: 'us-east-1',
    partSize: 8 * MB,
  });
  const bucket = S3_BUCKET;
  const results: TransferRound[] = [];
  const timed = async (work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    return size / MB / ((performance.now() - t0) / 1000);
  };
  for (let round_ = 0; round_ < rounds; round_++) {
    prepareFile(path, size);
    const doc = await api.call<{ id: string; draftVersion: { id: string } }>(
      'POST',
      '/api/v1/documents',
      token,
      {
        agencyId: agencyIdOf(agency),
        code: `HS-BENCH-${Date.now().toString(36)}`,
        title: `Hồ sơ dung lượng lớn ${options.fileMiB} MB`,
        type: 'RECORD',
      },
    );
    await sleep(500);
    const idleUpload = await idleRss(apiPid);
    let sampler = new RssSampler(apiPid).start();
    let uploaded = { status: 0, body: '' };
    const apiUploadMBps = await timed(async () => {
      uploaded = await streamUpload(
        `${api.baseUrl}/api/v1/documents/${doc.id}/versions/${doc.draftVersion.id}/files`,
        token,
        path,
        size,
      );
    });
    const uploadPeak = sampler.stop().peak;
    if (uploaded.status !== 201) throw new Error(`upload → ${uploaded.status} ${uploaded.body}`);
    const file = JSON.parse(uploaded.body) as { id: string; size: number };
    if (file.size !== size) throw new Error(`uploaded ${file.size} bytes, expected ${size}`);

    const key = `bench/direct-${Date.now().toString(36)}`;
    const put = () =>
      minio.putObject(bucket, key, createReadStream(path, { highWaterMark: MB }), size, {
        'Content-Type': 'application/pdf',
      });
    const directPutMBps = await timed(put);
    await minio.removeObject(bucket, key);
    const directPutCopyMBps = await timed(async () => {
      await put();
      await minio.copyObject(bucket, `${key}-copy`, `/${bucket}/${key}`, new Minio.CopyConditions());
      await minio.removeObject(bucket, key);
    });

    await sleep(500);
    const idleDownload = await idleRss(apiPid);
    sampler = new RssSampler(apiPid).start();
    let downloaded = 0;
    const apiDownloadMBps = await timed(async () => {
      downloaded = await download(`${api.baseUrl}/api/v1/files/${file.id}/content`, token);
    });
    const downloadPeak = sampler.stop().peak;
    if (downloaded !== size) throw new Error(`downloaded ${downloaded} bytes, expected ${size}`);

    const apiRedirectDownloadMBps = await timed(async () => {
      const response = await fetch(`${api.baseUrl}/api/v1/files/${file.id}/content?redirect=1`, {
        headers: { authorization: `Bearer ${token}` },
        redirect: 'manual',
      });
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) throw new Error(`redirect → ${response.status}`);
      const n = await download(location);
      if (n !== size) throw new Error(`redirected download read ${n} bytes, expected ${size}`);
    });

    const bareProxyDownloadMBps = await timed(async () => {
      const n = await download(`${bareProxyUrl}/api/v1/files/${file.id}/content`, token);
      if (n !== size) throw new Error(`bare proxy download read ${n} bytes, expected ${size}`);
    });

    const directGetMBps = await timed(async () => {
      const { sink, bytes } = drain();
      await pipeline(await minio.getObject(bucket, `${key}-copy`), sink);
      if (bytes() !== size) throw new Error(`direct get read ${bytes()} bytes, expected ${size}`);
    });
    await minio.removeObject(bucket, `${key}-copy`);

    const r: TransferRound = {
      apiUploadMBps: round(apiUploadMBps),
      directPutMBps: round(directPutMBps),
      directPutCopyMBps: round(directPutCopyMBps),
      apiDownloadMBps: round(apiDownloadMBps),
      apiRedirectDownloadMBps: round(apiRedirectDownloadMBps),
      bareProxyDownloadMBps: round(bareProxyDownloadMBps),
      directGetMBps: round(directGetMBps),
      idleRssMB: round(Math.min(idleUpload, idleDownload) / MB),
      uploadPeakRssMB: round((uploadPeak - idleUpload) / MB),
      downloadPeakRssMB: round((downloadPeak - idleDownload) / MB),
    };
    log(`files round ${round_ + 1}: ${JSON.stringify(r)}`);
    results.push(r);
  }
  const mean = (f: (r: TransferRound) => number) =>
    round(results.reduce((n, r) => n + f(r), 0) / results.length);
  const apiUploadMBps = mean((r) => r.apiUploadMBps);
  const directPutMBps = mean((r) => r.directPutMBps);
  const directPutCopyMBps = mean((r) => r.directPutCopyMBps);
  const apiDownloadMBps = mean((r) => r.apiDownloadMBps);
  const apiRedirectDownloadMBps = mean((r) => r.apiRedirectDownloadMBps);
  const directGetMBps = mean((r) => r.directGetMBps);
  const bareProxyDownloadMBps = mean((r) => r.bareProxyDownloadMBps);
  return {
    sizeMB: options.fileMiB,
    rounds: results,
    apiUploadMBps,
    directPutMBps,
    uploadRatio: round(apiUploadMBps / directPutMBps, 2),
    directPutCopyMBps,
    uploadRatioToPutCopy: round(apiUploadMBps / directPutCopyMBps, 2),
    apiDownloadMBps,
    apiRedirectDownloadMBps,
    bareProxyDownloadMBps,
    directGetMBps,
    downloadRatio: round(apiDownloadMBps / directGetMBps, 2),
    downloadRatioToBareProxy: round(apiDownloadMBps / bareProxyDownloadMBps, 2),
    redirectDownloadRatio: round(apiRedirectDownloadMBps / directGetMBps, 2),
    peakAboveIdleMB: Math.max(...results.map((r) => Math.max(r.uploadPeakRssMB, r.downloadPeakRssMB))),
    idleRssMB: Math.min(...results.map((r) => r.idleRssMB)),
  };
}
