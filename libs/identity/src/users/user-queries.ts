import { EntityManager } from 'typeorm';

/*
 * Read-only look-ups over identity's users table for the other libs, which never query it
 * themselves (scripts/check-table-ownership.js). Plain functions over the caller's manager.
 */

/** Full names by user id (unknown ids are left out). */
export function userFullNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  return userColumnById(manager, ids, 'full_name');
}

/** One text column of these users by id, for the users that `condition` keeps. */
async function userColumnById(
  manager: EntityManager,
  ids: string[],
  column: 'full_name' | 'email',
  condition = 'TRUE',
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager.query<{ id: string; value: string }[]>(
    `SELECT id, ${column} AS value FROM users WHERE id = ANY($1::uuid[]) AND ${condition}`,
    [unique],
  );
  return new Map(rows.map((r) => [r.id, r.value]));
}

/** The ids among these whose account is active. */
export async function activeUserIds(manager: EntityManager, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await manager.query<{ id: string }[]>(
    'SELECT id FROM users WHERE id = ANY($1::uuid[]) AND is_active',
    [ids],
  );
  return rows.map((r) => r.id);
}

/** E-mail addresses by user id (users without one are left out). */
export function userEmails(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  return userColumnById(manager, ids, 'email', "email IS NOT NULL AND email <> ''");
}

/** Active system administrators, ordered by id. */
export async function activeSystemAdminIds(manager: EntityManager): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    'SELECT id FROM users WHERE is_system_admin AND is_active ORDER BY id',
  );
  return rows.map((r) => r.id);
}
