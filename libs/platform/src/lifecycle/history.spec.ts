import type { EntityManager } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { Transaction } from '../database/unit-of-work';
import { DomainError } from '../errors/domain-error';
import { domainEvent } from '../events/event-map';
import { createSubject, defineHistory, fieldChanges } from './history';
import { defineLifecycle } from './lifecycle';

class Row {
  id: string;
  agencyId: string;
  status: 'DRAFT' | 'DONE';
  title: string;
  parentId: string;
  version: number;
}

/** A manager that records inserts and answers UPDATEs with the given row count. */
function fakeTransaction(affected = 1) {
  const inserted: unknown[] = [];
  const updates: { set: Record<string, unknown>; where: Record<string, unknown>[] }[] = [];
  const manager = {
    insert: async (_entity: unknown, row: { id?: string }) => {
      row.id ??= 'new-id';
      inserted.push(row);
    },
    connection: {
      getMetadata: () => ({ findColumnWithPropertyName: (p: string) => (p === 'version' ? {} : undefined) }),
    },
    createQueryBuilder: () => {
      const update = { set: {} as Record<string, unknown>, where: [] as Record<string, unknown>[] };
      updates.push(update);
      const qb = {
        update: () => qb,
        set: (values: Record<string, unknown>) => ((update.set = values), qb),
        where: (_sql: string, params: Record<string, unknown>) => (update.where.push(params), qb),
        andWhere: (_sql: string, params: Record<string, unknown>) => (update.where.push(params), qb),
        execute: async () => ({ affected }),
      };
      return qb;
    },
    getRepository: () => ({ findOne: async () => ({ id: 'r1', version: 7 }) }),
  } as unknown as EntityManager;
  const tx = new Transaction(manager, new RequestContext(null, []));
  return { tx, inserted, updates };
}

const LIFECYCLE = defineLifecycle<Row['status'], Row>({
  subject: 'row',
  entity: () => Row,
  states: ['DRAFT', 'DONE'],
  initial: ['DRAFT'],
  transitions: [{ from: 'DRAFT', to: 'DONE' }],
});
const row = (fields: Partial<Row> = {}): Row =>
  Object.assign(new Row(), {
    agencyId: 'a1',
    status: 'DRAFT',
    title: 'T',
    parentId: 'p1',
    version: 1,
    ...fields,
  });

describe('history engine', () => {
  it('keeps only the fields that change, compared by value', () => {
    const subject = { title: 'A', codes: ['x'], unit: null as string | null };
    expect(fieldChanges(subject, { title: 'A', codes: ['x', 'y'], unit: undefined })).toEqual({
      before: { codes: ['x'] },
      after: { codes: ['x', 'y'] },
    });
  });

  it('creates a lifecycle row in its initial state and writes its creation entry', async () => {
    const { tx, inserted } = fakeTransaction();
    const created = row();
    await createSubject(tx, LIFECYCLE, created, { action: 'plan', data: { title: 'T' } });
    expect(inserted).toEqual([created]);
    expect(tx.auditRecords).toEqual([
      expect.objectContaining({
        subjectType: 'row',
        subjectId: 'new-id',
        agencyId: 'a1',
        action: 'plan',
        to: 'DRAFT',
      }),
    ]);
  });

  it('gives the creation entry and event the id the insert generated', async () => {
    const { tx } = fakeTransaction();
    await createSubject(tx, LIFECYCLE, row(), {
      data: (created) => ({ rowId: created.id }),
      event: (created) => domainEvent('audit.planned', { auditId: created.id, agencyId: created.agencyId }),
    });
    expect(tx.auditRecords[0].data).toEqual({ rowId: 'new-id' });
    expect(tx.events).toEqual([{ type: 'audit.planned', payload: { auditId: 'new-id', agencyId: 'a1' } }]);
  });

  it('refuses to create a row in a state that is not initial, before writing anything', async () => {
    const { tx, inserted } = fakeTransaction();
    await expect(createSubject(tx, LIFECYCLE, row({ status: 'DONE' }))).rejects.toThrow(/state DONE/);
    expect(inserted).toEqual([]);
    expect(tx.auditRecords).toEqual([]);
  });

  it('records a part in its parent history with the declared creation action', async () => {
    const parts = defineHistory<Row>({
      subject: 'parent',
      entity: () => Row,
      subjectId: (r) => r.parentId,
      createAction: 'file.add',
    });
    const { tx } = fakeTransaction();
    await parts.create(tx, row({ id: 'r1' }));
    expect(tx.auditRecords[0]).toMatchObject({ subjectType: 'parent', subjectId: 'p1', action: 'file.add' });
  });

  it('edits with one guarded UPDATE, bumps the version and writes one entry of the changed fields', async () => {
    const history = defineHistory<Row>({ subject: 'row', entity: () => Row });
    const { tx, updates } = fakeTransaction();
    const subject = row({ id: 'r1' });
    await history.update(tx, subject, { title: 'U', parentId: 'p1' }, { expectedVersion: 1 });
    expect(updates[0]).toEqual({ set: { title: 'U', version: 2 }, where: [{ id: 'r1' }, { version: 1 }] });
    expect(subject).toMatchObject({ title: 'U', version: 2 });
    expect(tx.auditRecords).toEqual([
      expect.objectContaining({ action: 'update', data: { before: { title: 'T' }, after: { title: 'U' } } }),
    ]);
  });

  it('answers 409 STALE_VERSION for an old version or a concurrent edit, and records nothing', async () => {
    const history = defineHistory<Row>({ subject: 'row', entity: () => Row });
    const old = fakeTransaction();
    await expect(
      history.update(old.tx, row({ id: 'r1' }), { title: 'U' }, { expectedVersion: 0 }),
    ).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(old.updates).toEqual([]);
    const raced = fakeTransaction(0);
    const error = await history.update(raced.tx, row({ id: 'r1' }), { title: 'U' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'STALE_VERSION' });
    expect(raced.tx.auditRecords).toEqual([]);
  });
});
