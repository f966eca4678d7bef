import { EntityManager } from 'typeorm';

/*
 * Read-only look-ups over identity's users table for the other libs, which never query it
 * themselves (scripts/check-table-ownership.js). Plain functions over the caller's manager.
 */

/** Full names by user id (unknown ids are left out). */
export async function userFullNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager.query<{ id: string; full_name: string }[]>(
    'SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])',
    [unique],
  );
  return new Map(rows.map((r) => [r.id, r.full_name]));
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
export async function userEmails(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager.query<{ id: string; email: string }[]>(
    "SELECT id, email FROM users WHERE id = ANY($1::uuid[]) AND email IS NOT NULL AND email <> ''",
    [unique],
  );
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** Active system administrators, ordered by id. */
export async function activeSystemAdminIds(manager: EntityManager): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    'SELECT id FROM users WHERE is_system_admin AND is_active ORDER BY id',
  );
  return rows.map((r) => r.id);
}
