import { Injectable, Logger } from '@nestjs/common';
import {
  AppConfig,
  AuditCheckpoint,
  AuditTrailService,
  ChainVerification,
  isAuthenticCheckpoint,
  RequestContext,
  signCheckpoint,
} from '@app/platform';
import { ObjectStorage, ObjectTooLargeError } from './object-storage';

export const CHECKPOINT_PREFIX = 'audit-checkpoints/';
export const LATEST_CHECKPOINT_KEY = `${CHECKPOINT_PREFIX}latest.json`;
const MAX_CHECKPOINT_BYTES = 4096;

/** What is wrong, when something is: the first problem found, most serious first. */
export type AuditTrailProblem = 'CHAIN_BROKEN' | 'TAIL_TRUNCATED' | 'TAIL_REWRITTEN' | 'CHECKPOINT_FORGED';

export interface AuditTrailVerification extends ChainVerification {
  checkpoint?: { lastId: string; at: string; matches: boolean; stale: boolean };
  problem?: AuditTrailProblem;
}

/**
 * The audit trail's tail, kept outside PostgreSQL: a job writes the last id, hash and count
 * (MAC'd with the audit key) to object storage and the log at an interval, and verification
 * compares the database against the latest one. Deleting or rewriting entries up to a
 * checkpoint is then detected even by someone who could recompute the chain; entries newer
 * than the latest checkpoint are protected by the keyed chain alone.
 */
@Injectable()
export class AuditCheckpoints {
  private readonly logger = new Logger('AuditCheckpoints');

  constructor(
    private readonly auditTrail: AuditTrailService,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  /** Records the current tail; a new history object only when the tail moved since the last one. */
  async take(now = new Date()): Promise<AuditCheckpoint | undefined> {
    const tail = await this.auditTrail.tail();
    if (!tail) return undefined;
    const checkpoint = signCheckpoint(this.config.AUDIT_HMAC_KEY, { ...tail, at: now.toISOString() });
    const body = Buffer.from(JSON.stringify(checkpoint));
    const previous = await this.readLatest().catch(() => undefined);
    const moved =
      !isAuthenticCheckpoint(this.config.AUDIT_HMAC_KEY, previous) || previous.lastId !== tail.lastId;
    // the worker may run before the API created the bucket on a fresh deployment
    await this.storage.ensureBucket();
    if (moved) {
      const stamp = checkpoint.at.replace(/[:.]/g, '-');
      await this.storage.put(`${CHECKPOINT_PREFIX}${stamp}-${tail.lastId}.json`, body, 'application/json');
    }
    await this.storage.put(LATEST_CHECKPOINT_KEY, body, 'application/json');
    // the log is the second copy outside the database (shipped wherever the logs go)
    this.logger.log({ auditCheckpoint: checkpoint }, 'audit trail checkpoint');
    return checkpoint;
  }

  /** The chain recomputed, then compared with the latest checkpoint. */
  async verify(ctx: RequestContext): Promise<AuditTrailVerification> {
    const chain = await this.auditTrail.verify(ctx);
    const result: AuditTrailVerification = chain.ok ? chain : { ...chain, problem: 'CHAIN_BROKEN' };
    // storage down: a 503 like any other dependency, never an "ok" that skipped the tail
    const stored = await this.readLatest();
    if (stored === undefined) return result;
    if (!isAuthenticCheckpoint(this.config.AUDIT_HMAC_KEY, stored)) {
      return chain.ok ? { ...result, ok: false, problem: 'CHECKPOINT_FORGED' } : result;
    }
    const now = await this.auditTrail.checkpointedEntry(stored.lastId);
    const truncated = now.hash === undefined || now.count < stored.count;
    const rewritten = !truncated && now.hash !== stored.lastHash;
    const stale = Date.now() - Date.parse(stored.at) > 3 * this.config.AUDIT_CHECKPOINT_INTERVAL_MS;
    result.checkpoint = { lastId: stored.lastId, at: stored.at, matches: !truncated && !rewritten, stale };
    if (chain.ok && (truncated || rewritten)) {
      result.ok = false;
      result.problem = truncated ? 'TAIL_TRUNCATED' : 'TAIL_REWRITTEN';
    }
    return result;
  }

  private async readLatest(): Promise<unknown> {
    if (!(await this.storage.stat(LATEST_CHECKPOINT_KEY))) return undefined;
    let bytes: Buffer;
    try {
      bytes = await this.storage.readAll(LATEST_CHECKPOINT_KEY, MAX_CHECKPOINT_BYTES);
    } catch (error) {
      if (error instanceof ObjectTooLargeError) return null;
      throw error;
    }
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      return null;
    }
  }
}
