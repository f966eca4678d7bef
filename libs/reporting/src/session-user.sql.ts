/*
 * The signed-in user with their memberships, read on every authenticated request: users and
 * sessions (identity's tables) with memberships and agencies (organization's), in one round trip:
 * `oversight` is the subtree of every agency where the user holds OVERSIGHT (AgenciesService
 * .subtreeIds), `former` the agencies merged or dissolved into theirs, however many mergers deep
 * (their history is the receivers'; none for a system administrator), `shared` the agencies
 * sharing a quality system with any of theirs (whose documents they read: DocumentAccess, one
 * round trip less on every document read). Plain text with no
 * imports, so the benchmark's baseline server runs the very statement the API runs. The three
 * sets of agencies come as ids joined by commas (agencyIds() splits them): a province overseer's
 * 300 read as a text[] took postgres-array's parser half a millisecond on every request.
 * SESSION_USER_SQL: $1 user id, $2 session id; no row when the user is inactive or the session
 * revoked or expired. USER_CONTEXT_SQL: the same for an active user without a session ($1).
 * The subtree is walked through agencies_parent, each level's children looked up per parent (the
 * LATERAL, kept a subquery by OFFSET 0): joined, the planner hashed every agency of the country
 * at each level, 2.5 ms of a province overseer's every request at full scale (0.5 ms now).
 * `regions` are the search regions (agencies.search_region, migration 1795210000000) of every
 * agency in those sets and the user's own, read as the sets are walked: a province-wide search
 * needs them to choose its partitions, and asking for them apart cost a round trip and ~1 ms of
 * an overseer's every search (300 agency ids sent and looked up again); reading them here
 * adds ~0.2 ms to an overseer's statement, none to a member's.
 */
const USER_CONTEXT_COLUMNS = `u.id, u.username, u.full_name, u.is_system_admin, u.must_change_password,
              coalesce(m.list, '[]') AS memberships, coalesce(o.ids, '') AS oversight,
              CASE WHEN u.is_system_admin THEN '' ELSE coalesce(f.ids, '') END AS former,
              coalesce(sh.ids, '') AS shared,
              coalesce((SELECT string_agg(DISTINCT r, ',') FROM unnest(m.regions || o.regions || sh.regions
                          || CASE WHEN u.is_system_admin THEN '{}'::text[] ELSE f.regions END) r), '') AS regions`;

/** Each set with the search regions of its agencies (agencies.search_region), read as they are walked. */
const USER_CONTEXT_SOURCES = `
   CROSS JOIN LATERAL (SELECT json_agg(json_build_object('agencyId', m.agency_id, 'roles', m.roles) ORDER BY m.agency_id) AS list,
                              array_agg(a.search_region) AS regions
                         FROM memberships m JOIN agencies a ON a.id = m.agency_id WHERE m.user_id = u.id) m
   CROSS JOIN LATERAL (WITH RECURSIVE sub AS (
                          SELECT m.agency_id AS id, a.search_region AS region FROM memberships m JOIN agencies a ON a.id = m.agency_id
                           WHERE m.user_id = u.id AND 'OVERSIGHT' = ANY(m.roles)
                          UNION SELECT c.id, c.search_region FROM sub CROSS JOIN LATERAL (
                            SELECT a.id, a.search_region FROM agencies a WHERE a.parent_id = sub.id OFFSET 0) c)
                        SELECT string_agg(id::text, ',') AS ids, array_agg(DISTINCT region) AS regions FROM sub) o
   CROSS JOIN LATERAL (WITH RECURSIVE absorbed AS (
                          SELECT a.id, a.search_region AS region, 1 AS depth FROM agencies a
                           WHERE a.merged_into_id IN (SELECT m.agency_id FROM memberships m WHERE m.user_id = u.id)
                          UNION SELECT a.id, a.search_region, absorbed.depth + 1 FROM agencies a JOIN absorbed ON a.merged_into_id = absorbed.id
                           WHERE absorbed.depth < 20)
                        SELECT string_agg(DISTINCT id::text, ',') AS ids, array_agg(DISTINCT region) AS regions FROM absorbed) f
   CROSS JOIN LATERAL (SELECT string_agg(DISTINCT m2.agency_id::text, ',') AS ids, array_agg(DISTINCT a.search_region) AS regions
                         FROM memberships m
                         JOIN quality_system_agencies m1 ON m1.agency_id = m.agency_id
                         JOIN quality_system_agencies m2 ON m2.quality_system_id = m1.quality_system_id
                         JOIN agencies a ON a.id = m2.agency_id
                        WHERE m.user_id = u.id) sh`;

export const SESSION_USER_SQL = `SELECT ${USER_CONTEXT_COLUMNS}
         FROM users u JOIN sessions s ON s.user_id = u.id ${USER_CONTEXT_SOURCES}
        WHERE u.id = $1 AND s.id = $2 AND u.is_active AND s.revoked_at IS NULL AND s.expires_at > now()`;

export const USER_CONTEXT_SQL = `SELECT ${USER_CONTEXT_COLUMNS} FROM users u ${USER_CONTEXT_SOURCES} WHERE u.id = $1 AND u.is_active`;

/** A set of agencies of SESSION_USER_SQL / USER_CONTEXT_SQL (ids joined by commas) as ids. */
export function agencyIds(joined: string): string[] {
  return joined === '' ? [] : joined.split(',');
}
