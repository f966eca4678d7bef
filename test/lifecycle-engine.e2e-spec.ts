import { EntityManager } from 'typeorm';
import {
  defineLifecycle,
  DomainError,
  DomainEvent,
  EVENT_NAMES,
  EventSubscribers,
  EVENTS_AWAITING_CONSUMER,
  INTEGRATION_EVENTS,
  LifecycleHooks,
  RequestContext,
  Role,
  Transaction,
  TransitionChange,
} from '../libs/platform/src';

/** The engine on its own: declarations checked at load, and one transition's steps in order. */
type S = 'DRAFT' | 'OPEN' | 'DONE' | 'VOID';
interface Row {
  id: string;
  status: S;
  version: number;
  agencyId: string;
  note?: string | null;
}
class RowEntity {}

const STATES = ['DRAFT', 'OPEN', 'DONE', 'VOID'] as const;
const lifecycle = defineLifecycle<S, Row>({
  subject: 'sampleThing',
  entity: () => RowEntity,
  states: STATES,
  initial: ['DRAFT'],
  transitions: [
    { from: 'DRAFT', to: 'OPEN', action: 'open' },
    { from: 'OPEN', to: 'DONE', action: 'finish', roles: ['APPROVER'] },
    { from: ['DRAFT', 'OPEN'], to: 'VOID', action: 'void' },
  ],
  emit: ({ subject, to }) =>
    ({ type: `sampleThing.${to.toLowerCase()}`, payload: { id: subject.id } }) as unknown as DomainEvent,
});

/** A manager whose UPDATE touches `affected` rows and whose re-read finds `now`. */
function fakeManager(affected: number, now?: Partial<Row>) {
  const updates: { set: Record<string, unknown>; where: unknown[] }[] = [];
  const manager = {
    createQueryBuilder: () => {
      const call = { set: {} as Record<string, unknown>, where: [] as unknown[] };
      const qb = {
        update: () => qb,
        set: (values: Record<string, unknown>) => ((call.set = values), qb),
        where: (...args: unknown[]) => (call.where.push(args), qb),
        andWhere: (...args: unknown[]) => (call.where.push(args), qb),
        execute: async () => (updates.push(call), { affected }),
      };
      return qb;
    },
    getRepository: () => ({ findOne: async () => now ?? null }),
    // column names as the entity declares them (here the property names themselves)
    connection: {
      getMetadata: () => ({ findColumnWithPropertyName: (property: string) => ({ databaseName: property }) }),
    },
  } as unknown as EntityManager;
  return { manager, updates };
}

function ctxWith(roles: Role[]): RequestContext {
  return new RequestContext({ id: 'u1', username: 'u1', fullName: 'U' }, [{ agencyId: 'a1', roles }]);
}

function code(error: unknown): string | undefined {
  return error instanceof DomainError ? (error.publicCode ?? error.code) : undefined;
}

describe('lifecycle engine', () => {
  it('refuses at load a transition naming an unknown state, and a state no transition reaches', () => {
    expect(() =>
      defineLifecycle<S>({
        subject: 'bad',
        entity: () => RowEntity,
        states: STATES,
        initial: ['DRAFT'],
        transitions: [{ from: 'DRAFT', to: 'CLOSED' as S }],
      }),
    ).toThrow(/unknown state CLOSED/);
    expect(() =>
      defineLifecycle<S>({
        subject: 'bad',
        entity: () => RowEntity,
        states: STATES,
        initial: ['DRAFT'],
        transitions: [{ from: 'DRAFT', to: 'OPEN' }],
      }),
    ).toThrow(/DONE, VOID cannot be reached/);
  });

  it('moves a row: guarded UPDATE on status and version, audit from → to, typed event, hooks around it', async () => {
    const { manager, updates } = fakeManager(1);
    const hooks = new LifecycleHooks();
    const order: string[] = [];
    hooks.add('sampleThing', { phase: 'start', to: 'OPEN' }, () => void order.push('start'), 'test');
    hooks.add(
      'sampleThing',
      { to: 'OPEN' },
      (_tx, c: TransitionChange<string>) => void order.push(`end ${c.from}→${c.to}`),
      'test',
    );
    hooks.add('sampleThing', { to: 'VOID' }, () => void order.push('never'), 'test');
    const tx = new Transaction(manager, ctxWith([]), hooks);
    const row: Row = { id: 'r1', status: 'DRAFT', version: 3, agencyId: 'a1' };

    await lifecycle.transition(tx, row, 'OPEN', { reason: 'go', set: { note: 'n' }, expectedVersion: 3 });

    expect(updates).toEqual([
      {
        set: { note: 'n', status: 'OPEN', version: 4 },
        where: [
          ['id = :id AND status = :from', { id: 'r1', from: 'DRAFT' }],
          ['version = :version', { version: 3 }],
        ],
      },
    ]);
    expect(row).toMatchObject({ status: 'OPEN', version: 4, note: 'n' });
    expect(tx.auditRecords).toEqual([
      {
        subjectType: 'sampleThing',
        subjectId: 'r1',
        agencyId: 'a1',
        action: 'open',
        from: 'DRAFT',
        to: 'OPEN',
        reason: 'go',
        data: null,
      },
    ]);
    expect(tx.events).toEqual([{ type: 'sampleThing.open', payload: { id: 'r1' } }]);
    expect(order).toEqual(['start', 'end DRAFT→OPEN']);
  });

  it('refuses without writing: no rule (409 naming the state), stale version, missing role, a start hook', async () => {
    const { manager, updates } = fakeManager(1);
    const hooks = new LifecycleHooks();
    hooks.add(
      'sampleThing',
      { phase: 'start', to: 'VOID' },
      () => {
        throw new DomainError('FORBIDDEN');
      },
      'test',
    );
    const tx = new Transaction(manager, ctxWith(['DRAFTER']), hooks);
    const row = (): Row => ({ id: 'r1', status: 'DRAFT', version: 3, agencyId: 'a1' });

    expect(code(await lifecycle.transition(tx, row(), 'DONE').catch((e) => e))).toBe('SAMPLE_THING_IS_DRAFT');
    expect(code(await lifecycle.transition(tx, row(), 'OPEN', { expectedVersion: 2 }).catch((e) => e))).toBe(
      'STALE_VERSION',
    );
    expect(code(await lifecycle.transition(tx, { ...row(), status: 'OPEN' }, 'DONE').catch((e) => e))).toBe(
      'FORBIDDEN',
    );
    expect(code(await lifecycle.transition(tx, row(), 'VOID').catch((e) => e))).toBe('FORBIDDEN');
    expect(updates).toHaveLength(0);
    expect(tx.auditRecords).toHaveLength(0);
    expect(tx.events).toHaveLength(0);
  });

  it('a lost race is a 409 naming the state the row has now, or STALE_VERSION when only its version moved', async () => {
    const moved = fakeManager(0, { status: 'VOID', version: 4 });
    const tx1 = new Transaction(moved.manager, ctxWith([]));
    expect(
      code(
        await lifecycle
          .transition(tx1, { id: 'r1', status: 'DRAFT', version: 3, agencyId: 'a1' }, 'OPEN')
          .catch((e) => e),
      ),
    ).toBe('SAMPLE_THING_IS_VOID');
    const bumped = fakeManager(0, { status: 'DRAFT', version: 5 });
    const tx2 = new Transaction(bumped.manager, ctxWith([]));
    const error = await lifecycle
      .transition(tx2, { id: 'r1', status: 'DRAFT', version: 3, agencyId: 'a1' }, 'OPEN')
      .catch((e) => e);
    expect(code(error)).toBe('STALE_VERSION');
    expect((error as DomainError).params).toEqual({ current: 5 });
    expect(tx1.auditRecords.length + tx2.auditRecords.length + tx1.events.length + tx2.events.length).toBe(0);
  });
});

describe('event map', () => {
  it('every event has a consumer or a place in the integration feed (or is on the documented waiting list)', () => {
    const listed = new Set<string>([...INTEGRATION_EVENTS, ...EVENTS_AWAITING_CONSUMER]);
    const subscribers = new EventSubscribers();
    subscribers.on('document.versionScheduled', async () => undefined);
    // the worker queues the text extraction of an uploaded file (FileTextHandler)
    subscribers.on('document.fileAdded', async () => undefined);
    subscribers.on('deadline.registered', async () => undefined);
    subscribers.on('deadline.rescheduled', async () => undefined);
    // the worker carries out an approved disposal of records (RecordDisposalHandler)
    subscribers.on('recordDisposal.approved', async () => undefined);
    // the worker writes an agency's export (AgencyExportHandler)
    subscribers.on('agencyExport.requested', async () => undefined);
    // the worker's notifications that follow the work (WorkNotificationsHandler)
    for (const name of [
      'approvalRequest.in_progress',
      'approvalRequest.approved',
      'approvalRequest.rejected',
      'approvalRequest.returned',
      'approvalRequest.cancelled',
      'declaration.lapsed',
    ] as const)
      subscribers.on(name, async () => undefined);
    expect(() => subscribers.assertCovered([...listed])).not.toThrow();
    // an event that loses its only consumer, or a subscriber to a name the map lacks, fails start-up
    const without = new EventSubscribers();
    for (const name of [
      'approvalRequest.in_progress',
      'approvalRequest.approved',
      'approvalRequest.rejected',
      'approvalRequest.returned',
      'approvalRequest.cancelled',
      'declaration.lapsed',
    ] as const)
      without.on(name, async () => undefined);
    without.on('deadline.registered', async () => undefined);
    without.on('deadline.rescheduled', async () => undefined);
    without.on('recordDisposal.approved', async () => undefined);
    without.on('agencyExport.requested', async () => undefined);
    without.on('document.fileAdded', async () => undefined);
    expect(() => without.assertCovered([...listed])).toThrow(
      /no consumer for event\(s\): document.versionScheduled$/,
    );
    subscribers.on('document.renamed', async () => undefined);
    expect(() => subscribers.assertCovered([...listed])).toThrow(/unknown event\(s\): document.renamed/);
    // the lists do not overlap, and name only events of the map
    expect(
      INTEGRATION_EVENTS.filter((e) => (EVENTS_AWAITING_CONSUMER as readonly string[]).includes(e)),
    ).toEqual([]);
    expect([...listed].filter((e) => !(EVENT_NAMES as string[]).includes(e))).toEqual([]);
  });
});
