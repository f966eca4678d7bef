/*
 * `npm run bench`: generates the national data set if missing (bench/lib/datagen.ts), starts the
 * real API and worker as child processes with the embedded S3 server, and measures, each in
 * the same run: the read endpoints and login against a bare node:http + pg baseline running the
 * same SQL, approval transitions under concurrency, a large upload and download against the
 * minio client straight to the same S3 server, and reminder delivery. Prints a table and writes
 * bench/results/<scale>-latest.{json,md}. Options: see README "Benchmarks" and bench/lib/options.ts.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runApprovals } from './lib/approvals';
import { ApiClient } from './lib/client';
import { generate, settleDeadlines } from './lib/datagen';
import { runFiles } from './lib/files';
import { ALL_PARTS, PASSWORD, readOptions } from './lib/options';
import { Child, runCli, startApi, startBaseline, startS3, startWorker, stopChild } from './lib/procs';
import { available, compare, readEndpoints } from './lib/reads';
import { runReminders } from './lib/reminders';
import { describeMachine, mergeResults, render, Results } from './lib/report';
import { log } from './lib/util';
import { clearRedis } from './lib/redis-keys';
import { renderScaleOut, runScaleOut, ScaleOutResult } from './scale-out';

async function passwordHash(root: string): Promise<string> {
  // the API's own hasher, so the generated users log in exactly as real ones do
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PasswordHasher } = require(join(root, 'dist/libs/identity/src/auth/password-hasher.js')) as {
    PasswordHasher: new () => { hash(password: string): Promise<string> };
  };
  return new PasswordHasher().hash(PASSWORD);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const options = readOptions();
  mkdirSync(options.workDir, { recursive: true });
  mkdirSync(options.resultsDir, { recursive: true });
  log(`scale ${options.scale.name}, database ${options.databaseName}, parts ${[...options.only].join(',')}`);
  log(await runCli(options, 'migrate'));
  const generation = await generate(options, () => passwordHash(options.root));
  log(`data set: ${JSON.stringify(generation.counts)}`);
  const settled = await settleDeadlines(options.databaseUrl);
  log(`deadlines settled: ${JSON.stringify(settled)}`);
  await clearRedis(options.redisUrl, options.queuePrefix);

  const results: Results & { scaleOut?: ScaleOutResult } = {
    machine: await describeMachine(options),
    command: `BENCH_SCALE=${options.scale.name} npm run bench`,
    scale: options.scale,
    settings: {
      duration: options.duration,
      warmup: options.warmup,
      rounds: options.rounds,
      connections: options.connections,
      poolSize: options.poolSize,
    },
    generation,
    reads: [],
    skipped: [],
  };

  rmSync(options.s3Directory, { recursive: true, force: true });
  const s3 = await startS3(options);
  let api: Child | undefined;
  let worker: Child | undefined;
  let baseline: Child | undefined;
  try {
    api = await startApi(options, s3.endpoint);
    const client = new ApiClient(`http://127.0.0.1:${options.apiPort}`);
    log(`api up (pid ${api.process.pid})`);

    if (options.only.has('reads') || options.only.has('login')) {
      baseline = await startBaseline(options);
      const endpoints = (await readEndpoints(options, client)).filter(
        (e) =>
          (e.key === 'login' ? options.only.has('login') : options.only.has('reads')) &&
          (!options.readKeys || options.readKeys.has(e.key)),
      );
      const apiUrl = `http://127.0.0.1:${options.apiPort}`;
      const baselineUrl = `http://127.0.0.1:${options.baselinePort}`;
      for (const endpoint of endpoints) {
        const [onApi, onBaseline] = await Promise.all([
          available(apiUrl, endpoint),
          available(baselineUrl, endpoint),
        ]);
        if (!onApi.ok || !onBaseline.ok) {
          const reason = `API answered ${onApi.status} ${onApi.ok ? '' : onApi.body}; baseline answered ${onBaseline.status} ${onBaseline.ok ? '' : onBaseline.body}`;
          log(`skipping ${endpoint.key}: ${reason}`);
          results.skipped.push({ key: endpoint.key, label: endpoint.label, reason });
          continue;
        }
        results.reads.push(
          await compare(
            options,
            endpoint,
            { url: apiUrl, pid: api.process.pid! },
            { url: baselineUrl, pid: baseline.process.pid! },
          ),
        );
      }
      await stopChild(baseline);
      baseline = undefined;
    }

    // a part that fails is recorded as skipped: the parts measured before it are still written
    const attempt = async (part: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        log(`${part} failed: ${(error as Error).message.slice(0, 2000)}`);
        results.skipped.push({ key: part, label: part, reason: (error as Error).message.slice(0, 500) });
      }
    };

    if (options.only.has('approvals') || options.only.has('files')) {
      // writes run with a worker beside the API, as in production (it relays the outbox)
      worker = await startWorker(options, s3.endpoint, 'worker');
      log(`worker up (pid ${worker.process.pid})`);
    }

    if (options.only.has('approvals')) {
      await attempt('approvals', async () => {
        results.approvals = await runApprovals(options, client);
        log(`approvals: ${JSON.stringify(results.approvals)}`);
      });
    }

    if (options.only.has('files')) {
      // the bare baseline again, as a bare proxy of the file's object (the framework's share)
      baseline = await startBaseline(options, s3.endpoint);
      results.files = await runFiles(
        options,
        client,
        api.process.pid!,
        s3.endpoint,
        `http://127.0.0.1:${options.baselinePort}`,
      );
      await stopChild(baseline);
      baseline = undefined;
      log(`files: ${JSON.stringify(results.files)}`);
    }

    await stopChild(worker);
    worker = undefined;
    await stopChild(api);
    api = undefined;

    if (options.only.has('reminders')) {
      await attempt('reminders', async () => {
        results.reminders = await runReminders(options, s3.endpoint);
        log(`reminders: ${JSON.stringify(results.reminders)}`);
      });
    }

    if (options.only.has('scaleOut')) {
      // two APIs behind nginx and four workers, started by the section itself; a failure here
      // (nginx missing, say) must not lose what the run measured before it
      try {
        results.scaleOut = await runScaleOut(options, s3.endpoint);
      } catch (error) {
        log(`scaleOut failed: ${(error as Error).message}`);
        results.skipped.push({
          key: 'scaleOut',
          label: 'Scale-out section',
          reason: (error as Error).message,
        });
      }
    }
  } catch (error) {
    for (const child of [api, worker, baseline]) {
      if (child) process.stderr.write(`--- last output of ${child.name}:\n${child.output().slice(-4000)}\n`);
    }
    throw error;
  } finally {
    await Promise.all([stopChild(baseline), stopChild(worker), stopChild(api)]);
    await s3.close();
    rmSync(options.s3Directory, { recursive: true, force: true });
    await clearRedis(options.redisUrl, options.queuePrefix).catch(() => undefined);
  }

  results.totalSeconds = Math.round((Date.now() - t0) / 1000);
  const stamp = results.machine.date.replace(/[:.]/g, '-');
  // <scale>-<date>.json for the record (not committed), <scale>-latest.{json,md} for BENCHMARKS.md;
  // a run of some parts only is merged into the latest results (BENCH_MERGE=0 replaces them)
  const latest = join(options.resultsDir, `${options.scale.name}-latest`);
  writeFileSync(
    join(options.resultsDir, `${options.scale.name}-${stamp}.json`),
    JSON.stringify(results, null, 2),
  );
  const partial = ALL_PARTS.some((part) => !options.only.has(part));
  const merged =
    partial && process.env.BENCH_MERGE !== '0' && existsSync(`${latest}.json`)
      ? mergeResults(JSON.parse(readFileSync(`${latest}.json`, 'utf8')) as typeof results, results, [
          ...options.only,
        ])
      : results;
  writeFileSync(`${latest}.json`, JSON.stringify(merged, null, 2));
  const scaleOut = merged.scaleOut ? `\n\n${renderScaleOut(merged.scaleOut)}` : '';
  writeFileSync(`${latest}.md`, render(merged, true) + scaleOut + '\n');
  process.stdout.write(
    `\n${render(results)}${scaleOut}\n\nTotal ${results.totalSeconds} s. Written to bench/results/${options.scale.name}-latest.{json,md}.\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
