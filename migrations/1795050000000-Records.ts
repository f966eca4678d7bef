import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records (hồ sơ, ISO 9001 7.5.3; Nghị định 30/2020 art. 28–30): the records procedures declare,
 * the yearly list of records, record files and their items, disposals. The approval engine takes
 * two more kinds of request (RECORD_LIST, DISPOSAL) for its two new subjects.
 */
export class Records1795050000000 implements MigrationInterface {
  name = 'Records1795050000000';

  async up(q: QueryRunner): Promise<void> {
    const kinds = `('ISSUE','REVISION','WITHDRAWAL','RECORD_LIST','DISPOSAL')`;
    await q.query('ALTER TABLE approval_requests DROP CONSTRAINT IF EXISTS approval_requests_kind_check');
    await q.query(
      `ALTER TABLE approval_requests ADD CONSTRAINT approval_requests_kind_check CHECK (kind IN ${kinds})`,
    );
    await q.query('ALTER TABLE workflow_templates DROP CONSTRAINT IF EXISTS workflow_templates_kind_check');
    await q.query(
      `ALTER TABLE workflow_templates ADD CONSTRAINT workflow_templates_kind_check CHECK (kind IN ${kinds})`,
    );

    const retention = `
        retention_years int CHECK (retention_years BETWEEN 1 AND 99),
        permanent boolean NOT NULL DEFAULT false,`;
    const retained = (table: string) =>
      `CONSTRAINT ${table}_retention CHECK (permanent = (retention_years IS NULL))`;
    await q.query(`
      CREATE TABLE procedure_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        document_id uuid NOT NULL REFERENCES documents(id),
        procedure_code text NOT NULL,
        form_code text,
        name text NOT NULL,
        owner_unit text NOT NULL,
        location text NOT NULL,${retention}
        medium text NOT NULL CHECK (medium IN ('PAPER','ELECTRONIC','BOTH')),
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        ${retained('procedure_records')}
      )`);
    await q.query('CREATE INDEX procedure_records_agency ON procedure_records (agency_id, procedure_code)');

    await q.query(`
      CREATE TABLE record_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','IN_APPROVAL','APPROVED')),
        title text,
        created_by uuid REFERENCES users(id),
        updated_by uuid REFERENCES users(id),
        approved_by uuid REFERENCES users(id),
        approved_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT record_lists_one_per_year UNIQUE (agency_id, year)
      )`);
    await q.query(`
      CREATE TABLE record_list_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        list_id uuid NOT NULL REFERENCES record_lists(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        position int NOT NULL,
        heading text,
        code text NOT NULL,
        title text NOT NULL,${retention}
        owner_unit text NOT NULL,
        location text,
        medium text NOT NULL CHECK (medium IN ('PAPER','ELECTRONIC','BOTH')),
        note text,
        procedure_record_id uuid REFERENCES procedure_records(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        ${retained('record_list_items')},
        CONSTRAINT record_list_items_position UNIQUE (list_id, position)
      )`);

    await q.query(`
      CREATE TABLE record_disposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','IN_APPROVAL','APPROVED','REJECTED','EXECUTED')),
        reason text NOT NULL,
        file_ids uuid[] NOT NULL DEFAULT '{}',
        objects jsonb,
        approved_by uuid REFERENCES users(id),
        approved_at timestamptz,
        executed_at timestamptz,
        removed_keys text[],
        kept_keys text[],
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX record_disposals_agency ON record_disposals (agency_id, status)');

    await q.query(`
      CREATE TABLE record_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        list_id uuid NOT NULL REFERENCES record_lists(id),
        list_item_id uuid NOT NULL REFERENCES record_list_items(id),
        code text NOT NULL,
        title text NOT NULL,
        opened_on date NOT NULL,
        closed_on date,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED','DISPOSED')),${retention}
        retention_ends_on date,
        legal_hold boolean NOT NULL DEFAULT false,
        legal_hold_reason text,
        disposal_id uuid REFERENCES record_disposals(id),
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        ${retained('record_files')},
        CONSTRAINT record_files_closed CHECK (status = 'OPEN' OR closed_on IS NOT NULL),
        CONSTRAINT record_files_code UNIQUE (agency_id, code)
      )`);
    await q.query('CREATE INDEX record_files_agency ON record_files (agency_id, status, retention_ends_on)');
    await q.query(
      `CREATE INDEX record_files_search ON record_files USING gin (lower(f_unaccent(code || ' ' || title)) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE record_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        file_id uuid NOT NULL REFERENCES record_files(id),
        name text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text,
        uploaded_by uuid REFERENCES users(id),
        number text,
        issued_on date,
        author text,
        title text,
        form_code text,
        disposed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT record_items_kept CHECK ((storage_key IS NULL) = (disposed_at IS NOT NULL))
      )`);
    await q.query('CREATE INDEX record_items_file ON record_items (file_id, created_at)');
    await q.query('CREATE INDEX record_items_storage_key ON record_items (storage_key)');
    await q.query(
      `CREATE INDEX record_items_search ON record_items USING gin
         (lower(f_unaccent(coalesce(number, '') || ' ' || coalesce(title, '') || ' ' || coalesce(author, '') || ' ' || name)) gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'record_items',
      'record_files',
      'record_disposals',
      'record_list_items',
      'record_lists',
      'procedure_records',
    ])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    const kinds = `('ISSUE','REVISION','WITHDRAWAL')`;
    await q.query('ALTER TABLE approval_requests DROP CONSTRAINT IF EXISTS approval_requests_kind_check');
    await q.query(
      `ALTER TABLE approval_requests ADD CONSTRAINT approval_requests_kind_check CHECK (kind IN ${kinds})`,
    );
    await q.query('ALTER TABLE workflow_templates DROP CONSTRAINT IF EXISTS workflow_templates_kind_check');
    await q.query(
      `ALTER TABLE workflow_templates ADD CONSTRAINT workflow_templates_kind_check CHECK (kind IN ${kinds})`,
    );
  }
}
