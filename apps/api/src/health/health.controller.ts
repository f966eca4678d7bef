import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, heartbeatKey, InjectRedis } from '@app/platform';
import { Public } from '@app/identity';
import { ObjectStorage } from '@app/storage';

type Check = { status: 'up' } | { status: 'down'; error: string };

const TIMEOUT_MS = 2500;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref(),
    ),
  ]);
}

async function probe(work: () => Promise<unknown>): Promise<Check> {
  try {
    await withTimeout(work());
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRedis() private readonly redis: Redis,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: every dependency answers; otherwise 503 naming the ones that do not. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const [database, redis, storage] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
      probe(() => this.storage.ping()),
    ]);
    const checks = { database, redis, storage };
    const worker = await this.lastHeartbeat();
    const down = Object.entries(checks).filter(([, check]) => check.status === 'down');
    if (down.length === 0) return { status: 'ok', checks, worker };
    response.status(503);
    const names = down.map(([name]) => name).join(', ');
    return {
      statusCode: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
      message: `Dịch vụ tạm thời không sẵn sàng (${names})`,
      details: down.map(([name, check]) => ({ field: name, message: (check as { error: string }).error })),
      status: 'unavailable',
      checks,
      worker,
    };
  }

  /** Informational: when a worker last ran its heartbeat job (a missing worker does not make the API unready). */
  private async lastHeartbeat(): Promise<{ lastHeartbeat: unknown }> {
    try {
      const raw = await this.redis.get(heartbeatKey(this.config.QUEUE_PREFIX));
      return { lastHeartbeat: raw ? JSON.parse(raw) : null };
    } catch {
      return { lastHeartbeat: null };
    }
  }
}
