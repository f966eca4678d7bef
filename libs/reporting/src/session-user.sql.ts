/*
 * The signed-in user with their memberships, read on every authenticated request: users and
 * sessions (identity's tables) with memberships (organization's), in one round trip. Plain text
 * with no imports, so the benchmark's baseline server runs the very statement the API runs.
 * $1 user id, $2 session id; no row when the user is inactive or the session revoked or expired.
 */
export const SESSION_USER_SQL = `SELECT u.id, u.username, u.full_name, u.is_system_admin, u.must_change_password,
              coalesce((SELECT json_agg(json_build_object('agencyId', m.agency_id, 'roles', m.roles) ORDER BY m.agency_id)
                          FROM memberships m WHERE m.user_id = u.id), '[]') AS memberships
         FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.is_active AND s.revoked_at IS NULL AND s.expires_at > now()`;
