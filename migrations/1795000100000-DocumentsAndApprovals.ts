import { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentsAndApprovals1795000100000 implements MigrationInterface {
  name = 'DocumentsAndApprovals1795000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        title text NOT NULL,
        due_at timestamptz NOT NULL,
        responsible_user_ids uuid[] NOT NULL DEFAULT '{}',
        responsible_role text,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','MET','CANCELLED')),
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX deadlines_subject ON deadlines (subject_type, subject_id)');
    await q.query(`CREATE INDEX deadlines_open_due ON deadlines (agency_id, due_at) WHERE state = 'OPEN'`);

    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        code text NOT NULL,
        title text NOT NULL,
        type text NOT NULL CHECK (type IN ('POLICY','OBJECTIVES','MANUAL','PROCEDURE','GUIDE','FORM','EXTERNAL','RECORD')),
        parent_id uuid REFERENCES documents(id),
        owner_unit text,
        review_interval_months int NOT NULL DEFAULT 12 CHECK (review_interval_months BETWEEN 1 AND 120),
        next_review_date date,
        administrative_procedure_codes text[] NOT NULL DEFAULT '{}',
        distribution_user_ids uuid[],
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','EFFECTIVE','WITHDRAWN')),
        current_version_id uuid,
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT documents_effective_has_version CHECK (status = 'DRAFT' OR current_version_id IS NOT NULL)
      )`);
    // codes are unique within an agency, whatever their case
    await q.query('CREATE UNIQUE INDEX documents_agency_code ON documents (agency_id, lower(code))');
    await q.query('CREATE INDEX documents_agency_type ON documents (agency_id, type, status)');
    await q.query('CREATE INDEX documents_parent ON documents (parent_id)');
    await q.query('CREATE INDEX documents_tthc ON documents USING gin (administrative_procedure_codes)');
    // diacritics-insensitive search over code and title (kiem soat finds Kiểm soát)
    await q.query(
      `CREATE INDEX documents_search ON documents USING gin (lower(f_unaccent(code || ' ' || title)) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE document_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES documents(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        revision int NOT NULL CHECK (revision > 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','IN_APPROVAL','APPROVED','EFFECTIVE','SUPERSEDED','REJECTED')),
        change_summary text,
        effective_from date,
        superseded_at timestamptz,
        drafted_by uuid REFERENCES users(id),
        reviewed_by uuid REFERENCES users(id),
        reviewed_at timestamptz,
        approved_by uuid REFERENCES users(id),
        approved_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (document_id, revision)
      )`);
    // exactly one effective version per document, enforced by the database
    await q.query(
      `CREATE UNIQUE INDEX document_versions_one_effective ON document_versions (document_id) WHERE status = 'EFFECTIVE'`,
    );
    await q.query(
      `CREATE INDEX document_versions_approved_due ON document_versions (effective_from) WHERE status = 'APPROVED'`,
    );
    await q.query(`
      ALTER TABLE documents ADD CONSTRAINT documents_current_version
        FOREIGN KEY (current_version_id) REFERENCES document_versions(id)`);

    await q.query(`
      CREATE TABLE document_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES document_versions(id),
        document_id uuid NOT NULL REFERENCES documents(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX document_files_version ON document_files (version_id)');

    await q.query(`
      CREATE TABLE acknowledgements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES documents(id),
        version_id uuid NOT NULL REFERENCES document_versions(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        user_id uuid NOT NULL REFERENCES users(id),
        acknowledged_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (version_id, user_id)
      )`);

    // nothing of a document is ever deleted; superseded versions and their files never change
    await q.query(`
      CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME;
      END $$`);
    for (const table of ['documents', 'document_versions', 'document_files', 'acknowledgements']) {
      await q.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_delete()`,
      );
    }
    await q.query(`
      CREATE FUNCTION document_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status IN ('SUPERSEDED', 'REJECTED') THEN
          RAISE EXCEPTION 'document version % is % and can no longer change', OLD.id, OLD.status;
        END IF;
        IF OLD.status <> 'DRAFT' AND (NEW.change_summary IS DISTINCT FROM OLD.change_summary OR NEW.revision <> OLD.revision) THEN
          RAISE EXCEPTION 'only a draft version can be edited';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER document_versions_frozen BEFORE UPDATE ON document_versions FOR EACH ROW EXECUTE FUNCTION document_versions_frozen()`,
    );
    await q.query(`
      CREATE FUNCTION document_files_on_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' OR (SELECT status FROM document_versions WHERE id = NEW.version_id) <> 'DRAFT' THEN
          RAISE EXCEPTION 'files are added to draft versions only, and never changed';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER document_files_on_draft_only BEFORE INSERT OR UPDATE ON document_files FOR EACH ROW EXECUTE FUNCTION document_files_on_draft_only()`,
    );

    await q.query(`
      CREATE TABLE workflow_templates (
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL CHECK (kind IN ('ISSUE','REVISION','WITHDRAWAL')),
        steps jsonb NOT NULL,
        version int NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_id, kind)
      )`);
    await q.query(`
      CREATE TABLE approval_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL CHECK (kind IN ('ISSUE','REVISION','WITHDRAWAL')),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        subject_version_id uuid,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','IN_PROGRESS','APPROVED','REJECTED','RETURNED','CANCELLED')),
        reason text NOT NULL,
        effective_date date,
        requested_by uuid REFERENCES users(id),
        drafter_id uuid REFERENCES users(id),
        current_step int,
        decided_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // one open request per subject at a time
    await q.query(
      `CREATE UNIQUE INDEX approval_requests_one_open ON approval_requests (subject_type, subject_id) WHERE status IN ('DRAFT','IN_PROGRESS')`,
    );
    await q.query('CREATE INDEX approval_requests_agency ON approval_requests (agency_id, status)');
    await q.query(`
      CREATE TABLE approval_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES approval_requests(id),
        step_order int NOT NULL,
        role text NOT NULL,
        assignee_id uuid REFERENCES users(id),
        sla_days int NOT NULL,
        status text NOT NULL CHECK (status IN ('WAITING','PENDING','APPROVED','REJECTED','RETURNED','CANCELLED')),
        due_at timestamptz,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        comment text,
        meaning text,
        file_hashes text[],
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (request_id, step_order)
      )`);
    await q.query(
      `CREATE INDEX approval_steps_pending ON approval_steps (role, due_at) WHERE status = 'PENDING'`,
    );
    for (const table of ['approval_requests', 'approval_steps']) {
      await q.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_delete()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'approval_steps',
      'approval_requests',
      'workflow_templates',
      'acknowledgements',
      'document_files',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query('ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_current_version');
    await q.query('DROP TABLE IF EXISTS document_versions');
    await q.query('DROP TABLE IF EXISTS documents');
    await q.query('DROP TABLE IF EXISTS deadlines');
    await q.query('DROP FUNCTION IF EXISTS document_files_on_draft_only()');
    await q.query('DROP FUNCTION IF EXISTS document_versions_frozen()');
    await q.query('DROP FUNCTION IF EXISTS refuse_delete()');
  }
}
