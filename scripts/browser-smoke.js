#!/usr/bin/env node
// Browser smoke test (npm run test:browser): boots the compiled API (npm run build first) on its
// own database, queue prefix, S3 server and port, then drives Debian's Chromium (playwright-core,
// no downloaded browser) through Swagger UI and Bull Board's login, checks that both render, and
// that no request left the machine and no Content-Security-Policy violation was reported.
// Screenshots go to .data/browser-smoke/. Non-zero exit on any failure.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { Client } = require('pg');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, '.data', 'browser-smoke');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = `iso_browser_smoke_${process.pid}`;
const ADMIN = { username: 'admin', password: 'Admin@12345' };
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const children = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
  const log = fs.createWriteStream(path.join(OUT, `${name}.log`));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  children.push(child);
  return child;
}

async function waitFor(what, check, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`${what} did not come up within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function admin(sql) {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok - ${message}`);
}

async function main() {
  const main = path.join(ROOT, 'dist/apps/api/src/main.js');
  if (!fs.existsSync(main)) throw new Error('dist/apps/api/src/main.js is missing: run npm run build first');
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const [apiPort, s3Port] = [await freePort(), await freePort()];

  await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${DATABASE}"`);
  start('s3', ['scripts/s3-server.js'], { S3_PORT: String(s3Port), S3_DIRECTORY: path.join(OUT, 's3') });
  const api = start('api', [main], {
    NODE_ENV: 'development',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DATABASE}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: DATABASE,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_BUCKET: 'browser-smoke',
    JWT_SECRET: 'browser-smoke-jwt-secret-0123456789abcdef',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    SWAGGER_ENABLED: 'true',
    LOG_LEVEL: 'warn',
  });
  let apiExit;
  api.once('exit', (code, signal) => (apiExit = `${code ?? signal}`));
  const base = `http://127.0.0.1:${apiPort}`;
  await waitFor('the API', async () => {
    if (apiExit !== undefined) throw new Error(`the API exited (${apiExit}); see ${OUT}/api.log`);
    return (await fetch(`${base}/health`)).ok;
  }).catch((error) => {
    if (apiExit !== undefined) error.message = `the API exited (${apiExit}); see ${OUT}/api.log`;
    throw error;
  });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const external = [];
  const cspViolations = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // every request is recorded; one to another host is refused and reported
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname))
        return route.continue();
      external.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|apply|execute)/i.test(message.text()))
        cspViolations.push(message.text());
    });

    // Swagger UI: the operations list renders
    await page.goto(`${base}/api/docs`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.opblock', { timeout: 30_000 });
    const operations = await page.locator('.opblock').count();
    await page.screenshot({ path: path.join(OUT, 'swagger-ui.png'), fullPage: false });
    check(operations > 20, `Swagger UI rendered ${operations} operations`);
    check(
      (await page.locator('.information-container .title').innerText()).includes('ISO điện tử'),
      'Swagger UI shows the API title',
    );

    // Bull Board: a browser without a session is sent to the login form
    await page.goto(`${base}/admin/queues`, { waitUntil: 'networkidle' });
    check(
      new URL(page.url()).pathname === '/admin/login',
      'Bull Board sends a browser without a session to /admin/login',
    );
    await page.fill('#username', ADMIN.username);
    await page.fill('#password', 'not-the-password');
    await Promise.all([page.waitForLoadState('networkidle'), page.click('button[type=submit]')]);
    check((await page.content()).includes('không đúng'), 'a wrong password shows the error in the form');
    await page.fill('#password', ADMIN.password);
    await Promise.all([page.waitForURL(`${base}/admin/queues**`), page.click('button[type=submit]')]);
    await page.waitForSelector('text=maintenance', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(OUT, 'bull-board.png'), fullPage: false });
    for (const queue of ['maintenance', 'documents', 'reminders', 'email'])
      check((await page.locator(`text=${queue}`).count()) > 0, `Bull Board lists the ${queue} queue`);
    const cookie = (await context.cookies()).find((c) => c.name === 'iso_board');
    check(
      cookie?.httpOnly === true && cookie.sameSite === 'Strict',
      'the board session cookie is HttpOnly and SameSite=Strict',
    );

    check(
      external.length === 0,
      `no request left the machine${external.length ? `: ${external.join(', ')}` : ''}`,
    );
    check(
      cspViolations.length === 0,
      `no Content-Security-Policy violation${cspViolations.length ? `: ${cspViolations.join(' | ')}` : ''}`,
    );
  } finally {
    await browser.close();
  }
}

async function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) =>
      child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null,
    ),
  );
  await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`).catch(() => undefined);
}

main()
  .then(cleanUp)
  .then(() => console.log(`browser smoke test passed (screenshots in ${path.relative(ROOT, OUT)})`))
  .catch(async (error) => {
    console.error(`browser smoke test FAILED: ${error.message}`);
    await cleanUp();
    process.exit(1);
  });
