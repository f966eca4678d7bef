import { Controller, Get, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, heartbeatKey, InjectRedis, RequestContext } from '@app/platform';
import { Public } from '@app/identity';
import { ObjectStorage } from '@app/storage';
import { OptionalAuthGuard } from './optional-auth.guard';

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

  /**
   * Readiness: every dependency answers (200) or not (503). Anyone may ask up or down; which
   * dependency failed, why, and the worker's last heartbeat are shown to a system administrator
   * only (bearer token), since they describe the deployment's insides.
   */
  @Get('ready')
  @UseGuards(OptionalAuthGuard)
  @ApiOperation({
    summary: 'Readiness (up or down); with a system administrator’s token, each dependency',
  })
  async ready(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const [database, redis, storage] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
      probe(() => this.storage.ping()),
    ]);
    const checks = { database, redis, storage };
    const down = Object.entries(checks).filter(([, check]) => check.status === 'down');
    const admin = (request.user as RequestContext | null | undefined)?.isSystemAdmin === true;
    if (down.length > 0) response.status(503);
    if (!admin) {
      if (down.length === 0) return { status: 'ok' };
      return {
        statusCode: 503,
        code: 'DEPENDENCY_UNAVAILABLE',
        message: 'Dịch vụ tạm thời không sẵn sàng',
        details: [],
        status: 'unavailable',
      };
    }
    const worker = await this.lastHeartbeat();
    if (down.length === 0) return { status: 'ok', checks, worker };
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
