import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditRecord, AuditTrailService } from '../audit/audit-trail.service';
import { RequestContext } from '../context/request-context';
import { DomainEvent, EventMap, EventName } from '../events/event-map';
import { LifecycleHooks } from '../lifecycle/lifecycle-hooks';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { insertInChunks } from './insert-in-chunks';
import { ReadReplica } from './read-replica';

export type { DomainEvent } from '../events/event-map';

/** A running transaction: the manager to write with, plus the audit entries and events it will commit. */
export class Transaction {
  readonly auditRecords: AuditRecord[] = [];
  readonly events: DomainEvent[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly ctx: RequestContext,
    /** The application's transition hooks, run by `Lifecycle.transition` (lifecycle/lifecycle.ts). */
    readonly hooks: LifecycleHooks = new LifecycleHooks(),
  ) {}

  audit(record: AuditRecord): void {
    this.auditRecords.push(record);
  }

  /** Records a domain event, written to the outbox when the transaction commits. */
  emit<K extends EventName>(type: K, payload: EventMap[K]): void {
    this.events.push({ type, payload } as DomainEvent);
  }
}

/**
 * Runs a mutation, its audit-trail entries and its outbox events in one transaction; its
 * `dataSource` serves the reads outside one, so a service needs no second persistence provider.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    private readonly auditTrail: AuditTrailService,
    private readonly hooks: LifecycleHooks,
    private readonly replica: ReadReplica,
  ) {}

  /** The manager reads outside a transaction go through. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async run<T>(ctx: RequestContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      const tx = new Transaction(manager, ctx, this.hooks);
      const result = await work(tx);
      if (tx.events.length > 0) {
        await insertInChunks(
          manager,
          OutboxEvent,
          tx.events.map((e) => ({ type: e.type, payload: e.payload }) as QueryDeepPartialEntity<OutboxEvent>),
        );
      }
      await this.auditTrail.append(manager, ctx, tx.auditRecords);
      return result;
    });
    await this.replica.noteWrite(ctx);
    return result;
  }
}

/** True when a query failed on a unique constraint (optionally a named one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

/**
 * Runs an UPDATE … RETURNING and gives back its rows. (TypeORM answers UPDATE and DELETE with
 * `[rows, rowCount]` rather than the rows alone, unlike every other statement.)
 */
export async function updateReturning<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const [rows] = await manager.query<[T[], number]>(sql, params);
  return rows;
}
