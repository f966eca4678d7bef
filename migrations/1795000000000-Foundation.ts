import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795000000000 implements MigrationInterface {
  name = 'Foundation1795000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS citext');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // unaccent() is only STABLE; this wrapper pins the dictionary so it can back an index
    await q.query(`
      CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await q.query(`
      CREATE TABLE audit_trail (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        actor_name text,
        agency_id uuid,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        action text NOT NULL,
        from_state text,
        to_state text,
        reason text,
        data jsonb,
        request_id text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query('CREATE INDEX audit_trail_subject ON audit_trail (subject_type, subject_id)');
    await q.query('CREATE INDEX audit_trail_agency ON audit_trail (agency_id, id)');
    await q.query(`
      CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_trail is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_trail_no_change BEFORE UPDATE OR DELETE ON audit_trail
        FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
        FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only()`);

    await q.query(`
      CREATE TABLE outbox_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query('CREATE INDEX outbox_unpublished ON outbox_events (created_at) WHERE published_at IS NULL');

    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('PROVINCE','DEPARTMENT','BRANCH','DISTRICT','COMMUNE','OTHER')),
        parent_id uuid REFERENCES agencies(id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','MERGED')),
        merged_into_id uuid REFERENCES agencies(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agencies_not_own_parent CHECK (parent_id <> id)
      )`);
    await q.query('CREATE UNIQUE INDEX agencies_code ON agencies (code)');
    await q.query('CREATE INDEX agencies_parent ON agencies (parent_id)');
    await q.query(`
      CREATE TABLE agency_names (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        valid_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX agency_names_agency ON agency_names (agency_id)');

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username citext NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        email text,
        is_system_admin boolean NOT NULL DEFAULT false,
        is_active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX users_username ON users (username)');
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        revoked_at timestamptz,
        revoke_reason text,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX sessions_user ON sessions (user_id)');
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id),
        token_hash char(64) NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)');

    await q.query(`
      CREATE TABLE memberships (
        user_id uuid NOT NULL REFERENCES users(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, agency_id)
      )`);
    await q.query('CREATE INDEX memberships_agency ON memberships (agency_id)');

    await q.query(`
      CREATE TABLE quality_systems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        scope text NOT NULL,
        lead_agency_id uuid NOT NULL REFERENCES agencies(id),
        standard text NOT NULL DEFAULT 'TCVN ISO 9001:2015',
        status text NOT NULL DEFAULT 'BUILDING' CHECK (status IN ('BUILDING','APPLYING','DECLARED','SUSPENDED')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE quality_system_agencies (
        quality_system_id uuid NOT NULL REFERENCES quality_systems(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        PRIMARY KEY (quality_system_id, agency_id)
      )`);
    // an agency is covered by at most one QMS
    await q.query(
      'CREATE UNIQUE INDEX quality_system_agencies_agency ON quality_system_agencies (agency_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'quality_system_agencies',
      'quality_systems',
      'memberships',
      'refresh_tokens',
      'sessions',
      'users',
      'agency_names',
      'agencies',
      'outbox_events',
      'audit_trail',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS audit_trail_append_only()');
    await q.query('DROP FUNCTION IF EXISTS f_unaccent(text)');
  }
}
