#!/usr/bin/env node
// Embedded S3-compatible server for development and tests (s3rver), used when no MinIO runs.
// s3rver lacks ListMultipartUploads, which the minio client calls before a multipart upload, and
// AbortMultipartUpload, which our clean-up of cut-off uploads uses: this front answers both from
// s3rver's own upload folders and hands everything else on. Its store is made safe under
// concurrent writes and deletes (ConcurrencySafeStore).
'use strict';
const crypto = require('node:crypto');
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { Transform } = require('node:stream');
const S3rver = require('s3rver');
const FilesystemStore = require('s3rver/lib/stores/filesystem');

/**
 * s3rver 3.7.1's store, made safe under concurrent writes and deletes in one folder:
 * - its deleteObject removes a folder once its last object is gone, so a concurrent put into that
 *   folder (`tmp/` is emptied and refilled by every upload) opens a file in a folder that no longer
 *   exists, and the write stream's ENOENT, which has no listener, kills the process. Folders are
 *   kept here (an empty folder lists nothing; they are bounded by the key layout: `tmp/` and the
 *   65,536 `blobs/sha256/<aa>/<bb>/`).
 * - its writes pipe into a file stream without an error listener: any write error (disk full…)
 *   would kill the process; here it fails the request instead.
 * - a listing walks the tree with readdir then stat: a file removed in between fails the listing
 *   with ENOENT; here it is walked again.
 */
class ConcurrencySafeStore extends FilesystemStore {
  async deleteObject(bucket, key) {
    await Promise.all(
      ['object', 'object.md5', 'metadata.json'].map((resource) =>
        fs.promises.unlink(this.getResourcePath(bucket, key, resource)).catch((error) => {
          if (error.code !== 'ENOENT') throw error;
        }),
      ),
    );
  }

  async putObject(object) {
    const objectPath = this.getResourcePath(object.bucket, object.key, 'object');
    const [size, md5] = await writeFile(objectPath, object.content);
    await this.putMetadata(object.bucket, object.key, object.metadata, md5);
    return { size, md5 };
  }

  async putPart(bucket, uploadId, partNumber, content) {
    const partPath = path.join(
      this.getResourcePath(bucket, undefined, 'uploads'),
      uploadId,
      String(partNumber),
    );
    const [size, md5] = await writeFile(partPath, content);
    await fs.promises.writeFile(`${partPath}.md5`, md5);
    return { size, md5 };
  }

  async listObjects(bucket, options) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.listObjects(bucket, options);
      } catch (error) {
        if (error.code !== 'ENOENT' || attempt >= 5) throw error;
      }
    }
  }
}

/**
 * s3rver makes its ListObjectsV2 continuation tokens with single DES, which OpenSSL 3 (Node 17+)
 * only offers in its legacy provider: a listing past 1,000 keys answered 500 (the orphan sweep's,
 * the soak's). Two-key triple DES with both keys equal is the same cipher, byte for byte, and is in
 * the default provider; only the algorithm name 'des' is redirected, and only when it is missing.
 */
function allowSingleDes() {
  try {
    crypto.createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return;
  } catch {
    // not available: redirected below
  }
  const redirect = (create) => (algorithm, key, iv, options) =>
    algorithm === 'des'
      ? create('des-ede-cbc', Buffer.concat([key, key]), iv, options)
      : create(algorithm, key, iv, options);
  crypto.createCipheriv = redirect(crypto.createCipheriv);
  crypto.createDecipheriv = redirect(crypto.createDecipheriv);
}

/** Writes a buffer or a stream to a file (creating its folder), resolving [size, md5]; every error rejects. */
async function writeFile(filePath, content) {
  await fs.promises.mkdir(path.dirname(filePath), { recursive: true });
  return new Promise((resolve, reject) => {
    const md5 = crypto.createHash('md5');
    let size = 0;
    const out = fs.createWriteStream(filePath);
    out.once('error', reject);
    out.once('finish', () => resolve([size, md5.digest('hex')]));
    if (Buffer.isBuffer(content)) {
      md5.update(content);
      size = content.length;
      out.end(content);
      return;
    }
    const meter = new Transform({
      transform(chunk, _encoding, callback) {
        md5.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const fail = (error) => {
      out.destroy(error);
      reject(error);
    };
    content.once('error', fail);
    meter.once('error', fail);
    content.pipe(meter).pipe(out);
  });
}

// --- multipart uploads s3rver keeps but cannot list or abort (ListMultipartUploads, AbortMultipartUpload)

/** s3rver keeps each unfinished upload in <bucket>/._S3rver_uploads/<uploadId>/ with a `key` file. */
function uploadsDirectory(directory, bucket) {
  return path.join(directory, bucket, '._S3rver_uploads');
}

async function listUploads(directory, bucket, prefix) {
  const root = uploadsDirectory(directory, bucket);
  const ids = await fs.promises.readdir(root).catch((error) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const uploads = [];
  for (const uploadId of ids) {
    // completed or aborted meanwhile: skipped
    const key = await fs.promises.readFile(path.join(root, uploadId, 'key'), 'utf8').catch(() => undefined);
    // the `key` file is written when the upload begins and never again
    const info = await fs.promises.stat(path.join(root, uploadId, 'key')).catch(() => undefined);
    if (key !== undefined && info && key.startsWith(prefix))
      uploads.push({ key, uploadId, initiated: info.mtime });
  }
  return uploads.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

async function abortUpload(directory, bucket, key, uploadId) {
  if (!/^[0-9a-f]{1,64}$/.test(uploadId ?? '')) return false;
  const dir = path.join(uploadsDirectory(directory, bucket), uploadId);
  const storedKey = await fs.promises.readFile(path.join(dir, 'key'), 'utf8').catch(() => undefined);
  if (storedKey !== key) return false;
  await fs.promises.rm(dir, { recursive: true, force: true });
  return true;
}

const escapeXml = (text) =>
  String(text).replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c],
  );

function listUploadsXml(bucket, uploads) {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
    `<Bucket>${escapeXml(bucket)}</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker>` +
    '<NextKeyMarker></NextKeyMarker><NextUploadIdMarker></NextUploadIdMarker>' +
    '<MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>' +
    uploads
      .map(
        (u) =>
          `<Upload><Key>${escapeXml(u.key)}</Key><UploadId>${u.uploadId}</UploadId>` +
          `<Initiated>${u.initiated.toISOString()}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`,
      )
      .join('') +
    '</ListMultipartUploadsResult>'
  );
}

function errorXml(code, message) {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
}

function sendXml(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/xml' });
  res.end(body);
}

function sendError(res, error) {
  sendXml(res, 500, errorXml('InternalError', error.message));
}

function startS3Server({ port = 9000, host = '127.0.0.1', directory = '.data/s3' } = {}) {
  allowSingleDes();
  fs.mkdirSync(directory, { recursive: true });
  const s3 = new S3rver({ directory, silent: true, resetOnClose: false, allowMismatchedSignatures: true });
  s3.store = s3.context.store = new ConcurrencySafeStore(directory);
  const handle = s3.callback();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://local');
    const [bucket, ...keyParts] = url.pathname.split('/').slice(1);
    let key;
    try {
      key = keyParts.map(decodeURIComponent).join('/');
    } catch {
      key = undefined; // malformed escapes: s3rver answers them
    }
    if (req.method === 'GET' && url.searchParams.has('uploads') && bucket && key === '') {
      listUploads(directory, bucket, url.searchParams.get('prefix') ?? '').then(
        (uploads) => sendXml(res, 200, listUploadsXml(bucket, uploads)),
        (error) => sendError(res, error),
      );
      return;
    }
    if (req.method === 'DELETE' && url.searchParams.has('uploadId') && bucket && key) {
      abortUpload(directory, bucket, key, url.searchParams.get('uploadId')).then(
        (found) => {
          if (found) {
            res.writeHead(204);
            res.end();
          } else sendXml(res, 404, errorXml('NoSuchUpload', 'The specified upload does not exist.'));
        },
        (error) => sendError(res, error),
      );
      return;
    }
    handle(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { startS3Server };

if (require.main === module) {
  const port = Number(process.env.S3_PORT ?? 9000);
  const directory = process.env.S3_DIRECTORY ?? '.data/s3';
  startS3Server({ port, directory }).then(
    () => console.log(`embedded S3 server (s3rver) on http://127.0.0.1:${port}, data in ${directory}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
  const stop = () => process.exit(0);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
