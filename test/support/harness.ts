import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../../libs/platform/src';
import { createApi } from '../../apps/api/src/create-api';
import { checkedAgainstContract, contractOf } from './contract-check';
import { databaseUrl, PG_ADMIN_URL, REDIS_URL, RUN_ID, TEMPLATE_DB, TEST_DB_PREFIX } from './env';

export const ADMIN = { username: 'admin', password: 'Admin@12345' };
export const JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  databaseName: string;
  http: () => ReturnType<typeof request>;
  /** Logs in and returns the access token. */
  login: (username: string, password: string) => Promise<string>;
  sql: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
}

/** A database of its own for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const name = `${TEST_DB_PREFIX}${RUN_ID}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
        return name;
      } catch (error) {
        // another file is copying the template at this instant
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

export function testConfig(databaseName: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(databaseName),
    DATABASE_POOL_SIZE: '10',
    REDIS_URL,
    QUEUE_PREFIX: databaseName,
    S3_ENDPOINT: process.env.TEST_S3_ENDPOINT ?? 'http://127.0.0.1:9000',
    S3_BUCKET: databaseName.replace(/_/g, '-'),
    JWT_SECRET,
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // every test logs in from 127.0.0.1, often and in parallel: the login throttle's limits are
    // out of reach unless a test of the throttle sets its own (test/auth, test/security-identity)
    LOGIN_MAX_FAILURES: '100000',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
    LOGIN_MAX_FAILURES_GLOBAL: '100000',
    ...overrides,
  });
}

/** Boots the whole API exactly as production does, on a fresh database. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const databaseName = await createTestDatabase();
  return bootApp(testConfig(databaseName, overrides), databaseName, () => dropTestDatabase(databaseName));
}

/** Boots the API on a given configuration (its database must exist; `migrate` applies the migrations first). */
export async function bootApp(
  config: AppConfig,
  databaseName: string,
  dispose: () => Promise<void> = async () => undefined,
  migrate = false,
): Promise<TestApp> {
  const app = await createApi(config, { bufferLogs: false, migrate });
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const http = () => checkedAgainstContract(request(app.getHttpServer()), () => contractOf(app));
  return {
    app,
    config,
    dataSource,
    databaseName,
    http,
    login: async (username, password) => {
      const response = await http().post('/api/v1/auth/login').send({ username, password });
      if (response.status !== 200)
        throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
      return (response.body as { accessToken: string }).accessToken;
    },
    sql: (text, params) => dataSource.query(text, params),
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}
