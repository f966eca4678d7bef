import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource, EntityManager, ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import { InjectRedis } from '../redis/redis';

/** After a failed replica connection, this node reads from the primary for this long before trying again. */
const REPLICA_RETRY_MS = 5000;

/**
 * Heavy reads (search, dashboards, reports, exports, registers) on a streaming replica.
 *
 * Everything else stays on the primary: the data source's default read mode is 'master'
 * (data-source.ts), so only reads passed through here move. A caller who has just written
 * reads from the primary for READ_YOUR_WRITES_MS (a Redis key per user, set by the unit of
 * work after each commit: every API node sees it). A replica that cannot be reached is
 * skipped and the read runs on the primary: it answers, slower, rather than a 503.
 */
@Injectable()
export class ReadReplica {
  private readonly logger = new Logger(ReadReplica.name);
  private replicaDownUntil = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return replicaUrls(this.config).length > 0;
  }

  /** Runs a heavy read with a manager on the replica, or on the primary (see the class comment). */
  async run<T>(ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!(await this.replicaAllowed(ctx))) return work(this.dataSource.manager);
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      await runner.connect();
    } catch (error) {
      await runner.release().catch(() => undefined);
      this.replicaFailed(error);
      return work(this.dataSource.manager);
    }
    try {
      return await work(runner.manager);
    } catch (error) {
      // a read is safe to repeat: a replica lost mid-query is retried on the primary
      if (!(error instanceof QueryFailedError && isReplicaFailure(error))) throw error;
      this.replicaFailed(error);
      return work(this.dataSource.manager);
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  /** `run` for one query builder: `replica.select(ctx, qb, (q) => q.getManyAndCount())`. */
  select<E extends ObjectLiteral, T>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<E>,
    read: (qb: SelectQueryBuilder<E>) => Promise<T>,
  ): Promise<T> {
    return this.run(ctx, (manager) => {
      const copy = qb.clone();
      return read(manager.queryRunner ? copy.setQueryRunner(manager.queryRunner) : copy);
    });
  }

  /** Called after a commit: the writer's next reads go to the primary, wherever they land. */
  async noteWrite(ctx: RequestContext): Promise<void> {
    if (!this.enabled || !ctx.actor || this.config.READ_YOUR_WRITES_MS === 0) return;
    // the write is committed: a Redis failure must not turn it into an error (reads then fall
    // back to the primary anyway, see replicaAllowed)
    await this.redis
      .set(stickyKey(this.config, ctx.actor.id), '1', 'PX', this.config.READ_YOUR_WRITES_MS)
      .catch(() => undefined);
  }

  private async replicaAllowed(ctx: RequestContext): Promise<boolean> {
    if (!this.enabled || Date.now() < this.replicaDownUntil) return false;
    if (!ctx.actor) return true;
    try {
      return (await this.redis.exists(stickyKey(this.config, ctx.actor.id))) === 0;
    } catch {
      // without Redis we cannot know whether the caller just wrote: the primary is always right
      return false;
    }
  }

  private replicaFailed(error: unknown): void {
    this.replicaDownUntil = Date.now() + REPLICA_RETRY_MS;
    this.logger.warn(`replica unavailable, reading from the primary: ${(error as Error).message}`);
  }
}

export function replicaUrls(config: Partial<Pick<AppConfig, 'DATABASE_REPLICA_URLS'>>): string[] {
  return (config.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}

function stickyKey(config: AppConfig, userId: string): string {
  return `${config.QUEUE_PREFIX}:read-your-writes:${userId}`;
}

/** A query that failed because of the replica (gone, or cancelled by its recovery), not because of the query. */
function isReplicaFailure(error: QueryFailedError): boolean {
  const code = (error.driverError as { code?: unknown }).code;
  // no SQLSTATE: the client lost the connection ("Connection terminated unexpectedly", a timeout)
  if (typeof code !== 'string') return true;
  // 08xxx connection exceptions; 57P01-03 shutdown; 40001 a hot-standby recovery conflict
  return code.startsWith('08') || code.startsWith('57P') || code === '40001';
}
