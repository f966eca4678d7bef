#!/usr/bin/env node
// Embedded S3-compatible server for development and tests (s3rver), used when no MinIO runs.
// s3rver lacks ListMultipartUploads, which the minio client calls before a multipart upload,
// so this front answers that one request with an empty list and hands everything else on.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const S3rver = require('s3rver');

function startS3Server({ port = 9000, host = '127.0.0.1', directory = '.data/s3' } = {}) {
  fs.mkdirSync(directory, { recursive: true });
  const s3 = new S3rver({ directory, silent: true, resetOnClose: false, allowMismatchedSignatures: true });
  const handle = s3.callback();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://local');
    const bucket = url.pathname.split('/')[1];
    if (req.method === 'GET' && url.searchParams.has('uploads') && url.pathname.split('/').filter(Boolean).length === 1) {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?>' +
          '<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
          `<Bucket>${bucket}</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker>` +
          '<NextKeyMarker></NextKeyMarker><NextUploadIdMarker></NextUploadIdMarker>' +
          '<MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated></ListMultipartUploadsResult>',
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
