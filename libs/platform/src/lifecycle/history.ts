/**
 * History written by the engine for what is not a status transition: a record's creation and an
 * edit of its fields. (Transitions are `Lifecycle.transition`, lifecycle.ts.)
 *
 * CREATE a row with a lifecycle, in one of its initial states:
 *
 *   await createSubject(tx, AUDIT_LIFECYCLE, audit, { action: 'plan', data: { scope } });
 *
 * inserts the row, appends the audit entry (action 'create' unless told, to = its state) and
 * records `event` when given. A state that is not initial is a programming error: it throws.
 *
 * DECLARE the history of a record without a status, next to its entity, and use it the same way:
 *
 *   export const WEBHOOK_HISTORY = defineHistory<Webhook>({ subject: 'webhook', entity: () => Webhook });
 *   await WEBHOOK_HISTORY.create(tx, row, { data: { url } });
 *   await DOCUMENT_HISTORY.update(tx, document, { title }, { expectedVersion: dto.version });
 *
 * `update()` writes only the fields that change, in one `UPDATE … WHERE id [AND version = v]`
 * (versioned records: bumps the version; a concurrent edit → 409 STALE_VERSION), updates the
 * subject in place and appends ONE audit entry whose data is `{ before, after }` of the changed
 * fields (plus `data`).
 */
import type { Transaction, DomainEvent } from '../database/unit-of-work';
import { ClassRef } from '../database/data-source';
import { DomainError } from '../errors/domain-error';
import type { Lifecycle, LifecycleSubject } from './lifecycle';

export interface HistorySubject {
  id: string;
  agencyId?: string | null;
  version?: number;
}

/**
 * What a creation records. `data`, `agencyId` and `event` may be functions of the inserted row:
 * its generated id is known only once it is inserted.
 */
export interface CreationOptions<T extends { id: string } = { id: string }> {
  /** Audit action; 'create' by default. */
  action?: string;
  reason?: string | null;
  data?: Record<string, unknown> | null | ((row: T) => Record<string, unknown>);
  /** Audit agency when the row has no `agencyId` of its own (the agency itself: `(row) => row.id`). */
  agencyId?: string | null | ((row: T) => string | null);
  /** The outbox event of the creation. */
  event?: (row: T) => DomainEvent;
}

export interface ChangeOptions {
  /** Audit action; 'update' by default. */
  action?: string;
  reason?: string | null;
  /** Added to `{ before, after }`. */
  data?: Record<string, unknown> | null;
  /** The version the client saw (409 STALE_VERSION otherwise). */
  expectedVersion?: number;
  agencyId?: string | null;
  /** Audit from → to, when the edit also reads as a state (a user turned INACTIVE). */
  from?: string | null;
  to?: string | null;
  /** Other columns written by the same UPDATE but not recorded (`updatedAt: () => 'now()'`). */
  set?: Record<string, unknown>;
}

export interface FieldChanges {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface HistoryDefinition {
  /** Audit subject type. */
  subject: string;
  entity: () => ClassRef;
  /** False when the table has no `version` column (the default when the entity declares none). */
  versioned?: boolean;
  /** Audit action of a creation; 'create' by default. */
  createAction?: string;
}

export interface HistoryOf<T> extends HistoryDefinition {
  /**
   * The audit subject id of a row: its own id by default; a part recorded in its parent's history
   * (a finding's attachment: `subject: 'auditFinding', subjectId: (a) => a.findingId`).
   */
  subjectId?: (row: T) => string;
}

export class History<T extends HistorySubject> {
  constructor(readonly definition: HistoryOf<T>) {}

  get name(): string {
    return this.definition.subject;
  }

  /** Inserts `row` and appends its creation entry (`to`: the state it starts in, if any). */
  async create(
    tx: Transaction,
    row: T,
    options: CreationOptions<T> & { to?: string | null } = {},
  ): Promise<T> {
    await tx.manager.insert(this.definition.entity(), row);
    tx.audit({
      subjectType: this.name,
      subjectId: this.definition.subjectId?.(row) ?? row.id,
      agencyId:
        typeof options.agencyId === 'function'
          ? options.agencyId(row)
          : options.agencyId !== undefined
            ? options.agencyId
            : (row.agencyId ?? null),
      action: options.action ?? this.definition.createAction ?? 'create',
      to: options.to ?? null,
      reason: options.reason ?? null,
      data: (typeof options.data === 'function' ? options.data(row) : options.data) ?? null,
    });
    if (options.event) tx.events.push(options.event(row));
    return row;
  }

  /** Writes the fields of `changes` that differ, as one guarded UPDATE and one audit entry. */
  async update(
    tx: Transaction,
    subject: T,
    changes: Partial<T>,
    options: ChangeOptions = {},
  ): Promise<FieldChanges> {
    const versioned = this.isVersioned(tx);
    if (versioned && options.expectedVersion !== undefined && options.expectedVersion !== subject.version)
      throw new DomainError('STALE_VERSION', { current: subject.version ?? 0 });
    const diff = fieldChanges(subject, changes);
    const values: Record<string, unknown> = { ...diff.after };
    if (versioned) values.version = (subject.version ?? 0) + 1;
    if (Object.keys(values).length > 0) {
      Object.assign(values, options.set ?? {});
      const qb = tx.manager
        .createQueryBuilder()
        .update(this.definition.entity())
        .set(values)
        .where('id = :id', { id: subject.id });
      if (versioned) qb.andWhere('version = :version', { version: subject.version });
      const result = await qb.execute();
      if (result.affected !== 1) {
        const now = await tx.manager
          .getRepository<HistorySubject>(this.definition.entity())
          .findOne({ where: { id: subject.id } });
        if (!now) throw DomainError.notFound(this.name);
        throw new DomainError('STALE_VERSION', { current: now.version ?? 0 });
      }
      // raw SQL values (`() => 'now()'`) are not known here: the caller re-reads them if it needs them
      for (const [key, value] of Object.entries(values))
        if (typeof value !== 'function') (subject as Record<string, unknown>)[key] = value;
    }
    tx.audit({
      subjectType: this.name,
      subjectId: this.definition.subjectId?.(subject) ?? subject.id,
      agencyId: options.agencyId !== undefined ? options.agencyId : (subject.agencyId ?? null),
      action: options.action ?? 'update',
      from: options.from ?? null,
      to: options.to ?? null,
      reason: options.reason ?? null,
      data: { ...diff, ...(options.data ?? {}) },
    });
    return diff;
  }

  private isVersioned(tx: Transaction): boolean {
    if (this.definition.versioned !== undefined) return this.definition.versioned;
    const meta = tx.manager.connection.getMetadata(this.definition.entity());
    return meta.findColumnWithPropertyName('version') !== undefined;
  }
}

/** Declares the history of a record kind: see the comment at the top of this file. */
export function defineHistory<T extends HistorySubject>(definition: HistoryOf<T>): History<T> {
  return new History<T>(definition);
}

/** The fields of `changes` whose value differs from `subject`'s (compared as JSON: dates, arrays). */
export function fieldChanges<T extends object>(subject: T, changes: Partial<T>): FieldChanges {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const current = (subject as Record<string, unknown>)[key];
    if (JSON.stringify(current ?? null) === JSON.stringify(value ?? null)) continue;
    before[key] = current ?? null;
    after[key] = value;
  }
  return { before, after };
}

/**
 * Inserts a row of a lifecycle in its (initial) state and writes its creation entry: the audit
 * subject and table are the lifecycle's.
 */
export async function createSubject<S extends string, T extends LifecycleSubject<S>>(
  tx: Transaction,
  lifecycle: Lifecycle<S, T>,
  row: T,
  options: CreationOptions<T> = {},
): Promise<T> {
  if (!lifecycle.definition.initial.includes(row.status))
    throw new Error(`lifecycle ${lifecycle.name}: a row cannot be created in state ${row.status}`);
  return lifecycleHistory(lifecycle).create(tx, row, { ...options, to: row.status });
}

/**
 * The history of a record that has a lifecycle: the same audit subject and table, so its
 * creation and the edits of its other fields are recorded where its transitions are.
 *
 *   export const RECORD_LIST_HISTORY = lifecycleHistory(RECORD_LIST_LIFECYCLE);
 */
export function lifecycleHistory<S extends string, T extends LifecycleSubject<S>>(
  lifecycle: Lifecycle<S, T>,
): History<T> {
  return new History<T>({
    subject: lifecycle.name,
    entity: lifecycle.definition.entity,
    versioned: lifecycle.definition.versioned !== false,
  });
}
