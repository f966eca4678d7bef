import { pickFields } from './pick-fields';

describe('pickFields', () => {
  it('copies only the named fields, in the order given, nulls included', () => {
    const row = { id: 'a', secret: 's', name: 'n', note: null as string | null };
    const view = pickFields(row, ['note', 'id', 'name']);
    expect(view).toEqual({ note: null, id: 'a', name: 'n' });
    expect(Object.keys(view)).toEqual(['note', 'id', 'name']);
    expect('secret' in view).toBe(false);
  });
});
