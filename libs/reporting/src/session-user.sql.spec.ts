import { agencyIds } from './session-user.sql';

describe('agencyIds', () => {
  it('splits the ids the session statement joins, and reads none from an empty set', () => {
    expect(agencyIds('')).toEqual([]);
    expect(agencyIds('3f1c0a52-0000-4000-8000-000000000001')).toEqual([
      '3f1c0a52-0000-4000-8000-000000000001',
    ]);
    expect(agencyIds('a,b,c')).toEqual(['a', 'b', 'c']);
  });
});
