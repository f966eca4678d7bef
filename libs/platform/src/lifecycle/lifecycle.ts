/**
 * Lifecycle engine: a state change is data, and one function performs it.
 *
 * DECLARE the lifecycle next to its entity (checked when the module loads: a transition naming
 * an unknown state, or a state no transition reaches from an initial one, throws at start-up):
 *
 *   export const REQUEST_LIFECYCLE = defineLifecycle<RequestStatus, ApprovalRequest>({
 *     subject: 'approvalRequest',            // audit subject type; the 409 says APPROVAL_REQUEST_IS_<STATE>
 *     entity: () => ApprovalRequest,          // the row the engine updates (lazy: the class may come later)
 *     states: REQUEST_STATUSES,
 *     initial: ['DRAFT'],
 *     transitions: [
 *       { from: 'DRAFT', to: 'IN_PROGRESS', action: 'submit' },
 *       { from: ['DRAFT', 'IN_PROGRESS'], to: 'CANCELLED', action: 'cancel' },
 *     ],
 *     // the outbox event of every transition (a rule's own `emit` wins); return null for none
 *     emit: ({ subject, to }) => ({ type: `approvalRequest.${to.toLowerCase()}`, payload: { requestId: subject.id } }),
 *   });
 *
 * MOVE a row, inside `uow.run` (the row should be read under a lock or carry the version the
 * client saw):
 *
 *   await REQUEST_LIFECYCLE.transition(tx, request, 'APPROVED', {
 *     reason: dto.comment,                    // audit reason
 *     data: { meaning },                      // audit data
 *     set: { decidedAt: now },                // other columns written by the same UPDATE
 *     expectedVersion: dto.version,           // the version the client saw (409 STALE_VERSION otherwise)
 *   });
 *
 * `transition()` in order:
 *   1. finds the rule `subject.status → to` (and `action`, when given); none → 409 STATE_CONFLICT
 *      naming the current state; `expectedVersion` ≠ subject.version → 409 STALE_VERSION;
 *      the rule's `roles` (403 unless the caller holds one in subject.agencyId) and `guard`;
 *   2. runs the `onTransitionStart` hooks (guards: throw a DomainError to refuse);
 *   3. `UPDATE … SET status = to, version = version + 1, …set WHERE id AND status = from AND
 *      version = subject.version`; no row → re-reads it: 409 STATE_CONFLICT naming the state it
 *      has now, or STALE_VERSION when only its version moved (a concurrent change won);
 *   4. updates `subject` in place, appends the audit entry (from → to, action, reason, data)
 *      and records the outbox event;
 *   5. runs the `onTransitionEnd` hooks (side effects, same transaction).
 *
 * HOOKS are provider methods found at start-up (see lifecycle-hooks.ts):
 *
 *   @OnTransition(REQUEST_LIFECYCLE, { to: 'APPROVED', phase: 'end' })
 *   async whenApproved(tx: Transaction, change: TransitionChange<RequestStatus, ApprovalRequest>) { … }
 *
 * A lifecycle without a version column (approval steps) says `versioned: false`.
 */
import { EntityManager } from 'typeorm';
import { ClassRef } from '../database/data-source';
import type { DomainEvent, Transaction } from '../database/unit-of-work';
import { Role } from '../context/roles';
import { DomainError } from '../errors/domain-error';
import { declareStateConflicts } from '../errors/error-registry';

/** What a row needs to move: an id, a status, and (unless `versioned: false`) a version. */
export interface LifecycleSubject<S extends string> {
  id: string;
  status: S;
  version?: number;
  agencyId?: string | null;
}

export interface TransitionChange<S extends string, T extends LifecycleSubject<S> = LifecycleSubject<S>> {
  lifecycle: Lifecycle<S, T>;
  subject: T;
  from: S;
  to: S;
  action: string;
  reason: string | null;
  data: Record<string, unknown> | null;
}

export interface TransitionRule<S extends string, T extends LifecycleSubject<S>> {
  from: S | readonly S[];
  to: S;
  /** Audit action (`submit`, `approve`, …); defaults to the target state in lower case. */
  action?: string;
  /** Who may ask for it: the caller must hold one of these roles in `subject.agencyId`. */
  roles?: readonly Role[];
  /** A precondition of this rule; throw a DomainError to refuse. */
  guard?: (tx: Transaction, change: TransitionChange<S, T>) => void | Promise<void>;
  /** The outbox event this rule records (overrides the lifecycle's `emit`); null for none. */
  emit?: (change: TransitionChange<S, T>) => DomainEvent | null;
  /**
   * False for a move that is only the consequence of another one recorded in the same
   * transaction (the next approval step opening when the previous one is decided): no entry.
   */
  history?: boolean;
}

export interface LifecycleDefinition<S extends string, T extends LifecycleSubject<S>> {
  /** Audit subject type, and the resource named by a STATE_CONFLICT. */
  subject: string;
  entity: () => ClassRef;
  states: readonly S[];
  /** States a row is created in; every other state must be reachable from one of them. */
  initial: readonly S[];
  transitions: readonly TransitionRule<S, T>[];
  /** False when the table has no `version` column. */
  versioned?: boolean;
  emit?: (change: TransitionChange<S, T>) => DomainEvent | null;
}

export interface TransitionOptions<T> {
  reason?: string | null;
  data?: Record<string, unknown> | null;
  /** Picks the rule when several lead to the same state; also the audit action. */
  action?: string;
  set?: Partial<T>;
  expectedVersion?: number;
  /** Audit agency when the subject has none of its own (an approval step: its request's). */
  agencyId?: string | null;
}

export type TransitionHook<S extends string = string, T extends LifecycleSubject<S> = LifecycleSubject<S>> = (
  tx: Transaction,
  change: TransitionChange<S, T>,
) => Promise<void> | void;

export class Lifecycle<S extends string, T extends LifecycleSubject<S> = LifecycleSubject<S>> {
  readonly name: string;
  private readonly rules: readonly (TransitionRule<S, T> & { fromStates: readonly S[] })[];

  constructor(readonly definition: LifecycleDefinition<S, T>) {
    this.name = definition.subject;
    this.rules = definition.transitions.map((rule) => ({
      ...rule,
      fromStates: (Array.isArray(rule.from) ? rule.from : [rule.from]) as readonly S[],
    }));
    this.check();
    // each state can be the one a refused action names (STATE_CONFLICT as <SUBJECT>_IS_<STATE>)
    declareStateConflicts(this.name, definition.states);
  }

  get states(): readonly S[] {
    return this.definition.states;
  }

  /** Is there a rule from → to (with that action, when given)? */
  can(from: S, to: S, action?: string): boolean {
    return this.rule(from, to, action) !== undefined;
  }

  /** 409 naming `from` when no rule leads from it to `to`. */
  assert(from: S, to: S, action?: string): void {
    if (!this.can(from, to, action)) throw DomainError.stateConflict(this.name, from);
  }

  /**
   * 409 naming `state` unless it is one of `allowed`: what a state permits besides moving
   * (a version is edited only as a DRAFT; a withdrawn document takes no new revision).
   */
  requireState(state: S, ...allowed: S[]): void {
    if (!allowed.includes(state)) throw DomainError.stateConflict(this.name, state);
  }

  /** The states reachable in one step from `from`. */
  targets(from: S): S[] {
    return [...new Set(this.rules.filter((r) => r.fromStates.includes(from)).map((r) => r.to))];
  }

  /** Performs one transition in the caller's transaction: see the comment at the top of this file. */
  async transition(tx: Transaction, subject: T, to: S, options: TransitionOptions<T> = {}): Promise<void> {
    const from = subject.status;
    const rule = this.rule(from, to, options.action);
    if (!rule) throw DomainError.stateConflict(this.name, from);
    const versioned = this.definition.versioned !== false;
    if (versioned && options.expectedVersion !== undefined && options.expectedVersion !== subject.version)
      throw new DomainError('STALE_VERSION', { current: subject.version ?? 0 });
    const agencyId = subject.agencyId ?? options.agencyId ?? null;
    if (rule.roles && !tx.ctx.isSystemAdmin && !(agencyId && tx.ctx.hasRole(agencyId, ...rule.roles)))
      throw DomainError.forbidden();
    const change: TransitionChange<S, T> = {
      lifecycle: this,
      subject,
      from,
      to,
      action: options.action ?? rule.action ?? to.toLowerCase(),
      reason: options.reason ?? null,
      data: options.data ?? null,
    };
    await rule.guard?.(tx, change);
    await tx.hooks.run('start', tx, change);

    await this.update(tx.manager, subject, to, options.set ?? {}, versioned);
    Object.assign(subject, options.set ?? {}, { status: to });
    if (versioned) subject.version = (subject.version ?? 0) + 1;

    if (rule.history !== false)
      tx.audit({
        subjectType: this.name,
        subjectId: subject.id,
        agencyId,
        action: change.action,
        from,
        to,
        reason: change.reason,
        data: change.data,
      });
    const event = rule.emit !== undefined ? rule.emit(change) : (this.definition.emit?.(change) ?? null);
    if (event) tx.emit(event.type, event.payload);
    await tx.hooks.run('end', tx, change);
  }

  private rule(from: S, to: S, action?: string) {
    return this.rules.find(
      (r) => r.to === to && r.fromStates.includes(from) && (action === undefined || r.action === action),
    );
  }

  /** The guarded UPDATE: only the row as it was read moves; anything else is a 409 naming what it is now. */
  private async update(
    manager: EntityManager,
    subject: T,
    to: S,
    set: Partial<T>,
    versioned: boolean,
  ): Promise<void> {
    const entity = this.definition.entity();
    const values: Record<string, unknown> = { ...set, status: to };
    if (versioned) values.version = (subject.version ?? 0) + 1;
    // the status column may keep another name (deadlines.state): the WHERE names columns
    const meta = manager.connection.getMetadata(entity);
    const column = (property: string) => meta.findColumnWithPropertyName(property)?.databaseName ?? property;
    const qb = manager
      .createQueryBuilder()
      .update(entity)
      .set(values)
      .where(`id = :id AND ${column('status')} = :from`, { id: subject.id, from: subject.status });
    if (versioned) qb.andWhere(`${column('version')} = :version`, { version: subject.version });
    const result = await qb.execute();
    if (result.affected === 1) return;
    const now = await manager
      .getRepository<{ status: S; version?: number }>(entity)
      .findOne({ where: { id: subject.id } as never });
    if (!now) throw DomainError.notFound(this.name);
    if (now.status !== subject.status) throw DomainError.stateConflict(this.name, now.status);
    throw new DomainError('STALE_VERSION', { current: now.version ?? 0 });
  }

  /** Start-up checks: every state named is declared; every state can be reached. */
  private check(): void {
    const { states, initial } = this.definition;
    const known = new Set<string>(states);
    const unknown = (s: string) => !known.has(s);
    for (const s of initial.filter(unknown))
      throw new Error(`lifecycle ${this.name}: initial state ${s} is not one of its states`);
    for (const rule of this.rules) {
      for (const s of [...rule.fromStates, rule.to].filter(unknown))
        throw new Error(
          `lifecycle ${this.name}: transition ${String(rule.from)} → ${rule.to} names unknown state ${s}`,
        );
    }
    const reached = new Set<S>(initial);
    for (let grew = true; grew; ) {
      grew = false;
      for (const rule of this.rules) {
        if (!reached.has(rule.to) && rule.fromStates.some((s) => reached.has(s))) {
          reached.add(rule.to);
          grew = true;
        }
      }
    }
    const unreachable = states.filter((s) => !reached.has(s));
    if (unreachable.length > 0)
      throw new Error(`lifecycle ${this.name}: state(s) ${unreachable.join(', ')} cannot be reached`);
  }
}

/** Declares a lifecycle (checked at once): see the comment at the top of this file. */
export function defineLifecycle<S extends string, T extends LifecycleSubject<S> = LifecycleSubject<S>>(
  definition: LifecycleDefinition<S, T>,
): Lifecycle<S, T> {
  return new Lifecycle(definition);
}
