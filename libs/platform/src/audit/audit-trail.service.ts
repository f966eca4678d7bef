import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';
import { Page, PageQuery } from '../pagination/page';
import { insertInChunks } from '../database/insert-in-chunks';
import { AuditEntry } from './audit-entry.entity';
import { AuditCheckpointBody } from './audit-checkpoint';
import { CURRENT_HASH_ALG, entryHash, GENESIS_HASH } from './audit-hash';

/** What a state change tells the audit trail. */
export interface AuditRecord {
  subjectType: string;
  subjectId: string;
  agencyId?: string | null;
  action: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenId?: string;
}

/** What became of a checkpointed entry: still there with the same hash, or not. */
export interface CheckpointedEntryState {
  /** Hash of the entry with the checkpoint's lastId, undefined when it is gone. */
  hash?: string;
  /** Entries with an id up to the checkpoint's lastId. */
  count: number;
}

/** Serialises appends so each entry links to the one committed before it. */
const AUDIT_CHAIN_LOCK_KEY = 7_271_009_002;
const VERIFY_BATCH = 5000;

@Injectable()
export class AuditTrailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Appends entries inside the caller's transaction. Called last in a transaction (by the
   * unit of work) so the chain lock is held only for the few statements before commit.
   */
  async append(manager: EntityManager, ctx: RequestContext, records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    // the lock, then the last entry's hash read after it (migration 1795200000000): one round trip
    const [head] = await manager.query<{ hash: string | null }[]>('SELECT audit_chain_head($1) AS hash', [
      AUDIT_CHAIN_LOCK_KEY,
    ]);
    let prevHash = head?.hash ?? GENESIS_HASH;
    const occurredAt = new Date();
    const rows: Partial<AuditEntry>[] = [];
    for (const record of records) {
      const fields = {
        occurredAt,
        actorId: ctx.actor?.id ?? null,
        actorName: ctx.actor?.username ?? 'system',
        agencyId: record.agencyId ?? null,
        subjectType: record.subjectType,
        subjectId: record.subjectId,
        action: record.action,
        fromState: record.from ?? null,
        toState: record.to ?? null,
        reason: record.reason ?? null,
        data: record.data ?? null,
        requestId: ctx.requestId || null,
      };
      const hash = entryHash(CURRENT_HASH_ALG, this.config.AUDIT_HMAC_KEY, prevHash, fields);
      rows.push({ ...fields, prevHash, hash, hashAlg: CURRENT_HASH_ALG });
      prevHash = hash;
    }
    // TypeORM's deep-partial insert type cannot take a jsonb column typed Record<string, unknown>
    await insertInChunks(manager, AuditEntry, rows as QueryDeepPartialEntity<AuditEntry>[]);
  }

  /** Entries the caller may see: those of agencies they can read (system entries only for admins). */
  async list(
    ctx: RequestContext,
    filter: { subjectType?: string; subjectId?: string; agencyId?: string },
    page: PageQuery,
  ): Promise<Page<AuditEntry>> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e');
    if (filter.subjectType) qb.andWhere('e.subjectType = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('e.subjectId = :subjectId', { subjectId: filter.subjectId });
    if (filter.agencyId) qb.andWhere('e.agencyId = :agencyId', { agencyId: filter.agencyId });
    const readable = ctx.readableAgencyIds();
    if (readable !== 'ALL') {
      qb.andWhere('(e.agencyId = ANY(:readable) OR (e.subjectType = :user AND e.subjectId = :self))', {
        readable,
        user: 'user',
        self: ctx.userId,
      });
    }
    qb.orderBy('e.id', page.sortDirection('DESC')).skip(page.offset).take(page.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return page.result(items, total);
  }

  /**
   * Recomputes the chain from the first entry; reports the first entry whose link is broken.
   * Legacy (unkeyed) entries are accepted only before the first keyed one: an entry "downgraded"
   * to a recomputed plain sha256 after it is a forgery.
   */
  async verify(ctx: RequestContext): Promise<ChainVerification> {
    if (!ctx.isSystemAdmin && !ctx.hasOversight) throw DomainError.forbidden();
    const key = this.config.AUDIT_HMAC_KEY;
    let prevHash = GENESIS_HASH;
    let keyedSeen = false;
    let checked = 0;
    let afterId = '0';
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEntry)
        .createQueryBuilder('e')
        .where('e.id > :afterId', { afterId })
        .orderBy('e.id', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      for (const entry of batch) {
        checked += 1;
        keyedSeen ||= entry.hashAlg === 'hmac-sha256';
        const downgraded = keyedSeen && entry.hashAlg !== 'hmac-sha256';
        if (
          downgraded ||
          entry.prevHash !== prevHash ||
          entryHash(entry.hashAlg, key, prevHash, entry) !== entry.hash
        ) {
          return { ok: false, checked, firstBrokenId: entry.id };
        }
        prevHash = entry.hash;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, checked };
      afterId = batch[batch.length - 1].id;
    }
  }

  /** The newest entry and the number of entries up to it, read in one snapshot (for a checkpoint). */
  async tail(): Promise<Omit<AuditCheckpointBody, 'at'> | undefined> {
    const [row] = await this.dataSource.query<{ id: string; hash: string; count: string }[]>(
      `SELECT a.id::text AS id, a.hash, (SELECT count(*) FROM audit_trail b WHERE b.id <= a.id) AS count
         FROM audit_trail a ORDER BY a.id DESC LIMIT 1`,
    );
    return row ? { lastId: row.id, lastHash: row.hash, count: Number(row.count) } : undefined;
  }

  /** The entry a checkpoint names, as it is now. */
  async checkpointedEntry(lastId: string): Promise<CheckpointedEntryState> {
    const [row] = await this.dataSource.query<{ hash: string | null; count: string }[]>(
      `SELECT (SELECT hash FROM audit_trail WHERE id = $1) AS hash,
              (SELECT count(*) FROM audit_trail WHERE id <= $1) AS count`,
      [lastId],
    );
    return { hash: row.hash ?? undefined, count: Number(row.count) };
  }
}
