import { EntityManager } from 'typeorm';

/**
 * Full names of users by id (identity's table), for what the system prints: who drafted,
 * reviewed and approved a version, who signs a decision, who downloaded a controlled copy.
 * No access check: callers pass ids taken from records the reader may see.
 */
export async function userFullNames(
  manager: EntityManager,
  userIds: (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await manager.query<{ id: string; full_name: string }[]>(
    'SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.full_name.normalize('NFC')]));
}
