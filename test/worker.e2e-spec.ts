import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { hostname } from 'node:os';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { AppConfig, heartbeatKey, JobHandlers, JobName, QueueName } from '../libs/platform/src';
import { REDIS_URL } from './support/env';
import { ADMIN, dropTestDatabase, startTestApp, TestApp, testConfig } from './support/harness';
import { SocketWatch } from './support/sockets';
import { waitFor } from './support/wait';

const HEARTBEAT_INTERVAL_MS = 1000;
const noop = async () => undefined;

describe('worker', () => {
  // a queue prefix of this file's own: its jobs, schedulers and heartbeat never meet another file's
  const prefix = `iso_w_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const thisWorker = `${hostname()}:${process.pid}`;
  // every outgoing connection this file opens, to check that shutdown closed them all
  const sockets = new SocketWatch().start();
  const workers: INestApplicationContext[] = [];
  let t: TestApp;
  let apiClosed = false;
  let workerConfig: AppConfig;
  let redis: Redis;

  const bootWorker = async () => {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(workerConfig), {
      bufferLogs: true,
    });
    workers.push(context);
    context.useLogger(context.get(Logger));
    await context.init();
    return context;
  };
  const readHeartbeat = async () => {
    const raw = await redis.get(heartbeatKey(prefix));
    return raw ? (JSON.parse(raw) as { at: string; worker: string }) : undefined;
  };
  const maintenanceQueue = () => {
    const url = new URL(REDIS_URL);
    return new Queue(QueueName.Maintenance, {
      connection: { host: url.hostname, port: Number(url.port || 6379) },
      prefix,
    });
  };

  beforeAll(async () => {
    t = await startTestApp({ QUEUE_PREFIX: prefix });
    workerConfig = testConfig(t.databaseName, {
      QUEUE_PREFIX: prefix,
      HEARTBEAT_INTERVAL_MS: String(HEARTBEAT_INTERVAL_MS),
    });
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });

  afterAll(async () => {
    try {
      await Promise.allSettled(workers.map((w) => w.close()));
      if (t && !apiClosed) await t.app.close();
      if (t) await dropTestDatabase(t.databaseName);
    } finally {
      sockets.stop();
      if (redis) {
        const keys: string[] = [];
        let cursor = '0';
        do {
          const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
          keys.push(...batch);
          cursor = next;
        } while (cursor !== '0');
        if (keys.length > 0) await redis.del(...keys);
        await redis.quit();
      }
    }
  });

  it('records a heartbeat in Redis that the API readiness report shows, and keeps beating', async () => {
    await bootWorker();
    const first = await waitFor('the first heartbeat', readHeartbeat);
    expect(first.worker).toBe(thisWorker);
    expect(Number.isNaN(Date.parse(first.at))).toBe(false);
    // it expires on its own when workers stop (5 intervals)
    const ttl = await redis.pttl(heartbeatKey(prefix));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5 * HEARTBEAT_INTERVAL_MS);

    // the public readiness answer is up/down only; the details are for system administrators
    const anonymous = await t.http().get('/health/ready').expect(200);
    expect(anonymous.body.worker).toBeUndefined();
    const adminToken = await t.login(ADMIN.username, ADMIN.password);
    const ready = await t
      .http()
      .get('/health/ready')
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(ready.body.worker.lastHeartbeat).toMatchObject({ worker: thisWorker });
    expect(Number.isNaN(Date.parse(ready.body.worker.lastHeartbeat.at))).toBe(false);

    // the scheduler repeats: a later beat replaces the first
    const later = await waitFor('a second heartbeat', async () => {
      const beat = await readHeartbeat();
      return beat && beat.at !== first.at ? beat : undefined;
    });
    expect(Date.parse(later.at)).toBeGreaterThan(Date.parse(first.at));
  });

  it('two workers running at once keep ONE heartbeat job scheduler', async () => {
    expect(workers).toHaveLength(1);
    await bootWorker();
    const queue = maintenanceQueue();
    try {
      const schedulers = await queue.getJobSchedulers();
      const heartbeat = schedulers.filter((s) => s.key === String(JobName.Heartbeat));
      expect(heartbeat).toHaveLength(1);
      expect(heartbeat[0]).toMatchObject({ name: JobName.Heartbeat, every: HEARTBEAT_INTERVAL_MS });
      // and no other scheduler is duplicated either
      const keys = schedulers.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      await queue.close();
    }
    // both are healthy workers: the heartbeat still arrives
    await redis.del(heartbeatKey(prefix));
    await waitFor('a heartbeat with two workers running', readHeartbeat);
  });

  it('JobHandlers: a missing handler fails assertComplete naming the job, a second registration throws', () => {
    const others = Object.values(JobName).filter((name) => name !== JobName.Heartbeat);
    const handlers = new JobHandlers();
    for (const name of others) handlers.register(name, noop);
    expect(() => handlers.assertComplete()).toThrow(/no handler registered for job\(s\): heartbeat$/);

    handlers.register(JobName.Heartbeat, noop);
    expect(() => handlers.assertComplete()).not.toThrow();
    expect(() => handlers.register(JobName.Heartbeat, noop)).toThrow(
      'job handler for "heartbeat" registered twice',
    );
  });

  it('shuts down cleanly: app.close() resolves for each worker and no connection stays open', async () => {
    expect(workers.length).toBe(2);
    for (const worker of workers.splice(0)) await worker.close();
    apiClosed = true;
    await t.app.close();
    // our own client, opened in beforeAll, is the only one allowed to remain
    await waitFor('every connection of the workers and the API to close', () => {
      const open = sockets.open();
      return open.length <= 1 ? open : undefined;
    }).catch(() => {
      throw new Error(`connections still open after shutdown (by port): ${sockets.open().join(', ')}`);
    });
    expect(sockets.open()).toEqual([new URL(REDIS_URL).port || '6379']);
    expect(redis.status).toBe('ready');
  });
});
