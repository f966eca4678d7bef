import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provincial oversight (libs/oversight): the head of agency's confirmations of effectiveness and
 * the conformity declarations (công bố) they allow, each agency's catalogue of administrative
 * procedures (TTHC), legal changes and the documents they affect, provincial rollout plans,
 * inspection plans and inspections by the Department of Science and Technology with the
 * inspected agency's corrective-action reports, and annual reports. History is never deleted
 * (refuse_delete comes from 1795000100000).
 */
export class Oversight1795000400000 implements MigrationInterface {
  name = 'Oversight1795000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE effectiveness_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quality_system_id uuid NOT NULL REFERENCES quality_systems(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        confirmed_on date NOT NULL,
        statement text NOT NULL,
        confirmed_by uuid REFERENCES users(id),
        declaration_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX effectiveness_confirmations_qms ON effectiveness_confirmations (quality_system_id, confirmed_on)',
    );

    await q.query(`
      CREATE TABLE declarations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quality_system_id uuid NOT NULL REFERENCES quality_systems(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        agency_ids uuid[] NOT NULL,
        decision_number text NOT NULL,
        decision_date date NOT NULL,
        signer_name text NOT NULL,
        signer_title text NOT NULL,
        scope text NOT NULL,
        administrative_procedure_codes text[] NOT NULL DEFAULT '{}',
        confirmation_id uuid NOT NULL REFERENCES effectiveness_confirmations(id),
        previous_id uuid REFERENCES declarations(id),
        status text NOT NULL DEFAULT 'IN_FORCE' CHECK (status IN ('IN_FORCE','REDECLARATION_REQUIRED','SUPERSEDED')),
        redeclaration_required_at timestamptz,
        redeclaration_reason text,
        superseded_by_id uuid REFERENCES declarations(id) DEFERRABLE INITIALLY DEFERRED,
        superseded_at timestamptz,
        recorded_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (cardinality(agency_ids) > 0)
      )`);
    // one current declaration per QMS; decision numbers are unique within the declaring agency
    await q.query(
      `CREATE UNIQUE INDEX declarations_current ON declarations (quality_system_id) WHERE status <> 'SUPERSEDED'`,
    );
    await q.query(
      'CREATE UNIQUE INDEX declarations_decision_number ON declarations (agency_id, lower(decision_number))',
    );
    await q.query('CREATE INDEX declarations_agencies ON declarations USING gin (agency_ids)');
    await q.query(
      `ALTER TABLE effectiveness_confirmations ADD CONSTRAINT effectiveness_confirmations_declaration
         FOREIGN KEY (declaration_id) REFERENCES declarations(id)`,
    );
    // a confirmation supports one declaration
    await q.query(
      'CREATE UNIQUE INDEX effectiveness_confirmations_used ON effectiveness_confirmations (declaration_id) WHERE declaration_id IS NOT NULL',
    );

    await q.query(`
      CREATE TABLE administrative_procedures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        code text NOT NULL,
        name text NOT NULL,
        field text,
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users(id),
        updated_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT administrative_procedures_agency_code UNIQUE (agency_id, code)
      )`);
    await q.query(
      'CREATE INDEX administrative_procedures_active ON administrative_procedures (agency_id, code) WHERE active',
    );

    await q.query(`
      CREATE TABLE legal_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        reference text NOT NULL,
        title text NOT NULL,
        issued_on date,
        effective_from date NOT NULL,
        revise_by date NOT NULL,
        summary text,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE')),
        completed_at timestamptz,
        completed_by uuid REFERENCES users(id),
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (revise_by >= effective_from)
      )`);
    await q.query('CREATE INDEX legal_changes_agency ON legal_changes (agency_id, status, revise_by)');
    await q.query(`
      CREATE TABLE legal_change_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        legal_change_id uuid NOT NULL REFERENCES legal_changes(id),
        document_id uuid NOT NULL REFERENCES documents(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        baseline_revision int,
        linked_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT legal_change_documents_unique UNIQUE (legal_change_id, document_id)
      )`);
    await q.query('CREATE INDEX legal_change_documents_document ON legal_change_documents (document_id)');

    await q.query(`
      CREATE TABLE rollout_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        province_agency_id uuid NOT NULL REFERENCES agencies(id),
        title text NOT NULL,
        reference text,
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX rollout_plans_province ON rollout_plans (province_agency_id, created_at)');
    await q.query(`
      CREATE TABLE rollout_plan_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES rollout_plans(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        tier text NOT NULL,
        target_year int NOT NULL CHECK (target_year BETWEEN 2000 AND 2100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rollout_plan_items_unique UNIQUE (plan_id, agency_id)
      )`);

    await q.query(`
      CREATE TABLE inspection_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        province_agency_id uuid NOT NULL REFERENCES agencies(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        title text NOT NULL,
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inspection_plans_province_year UNIQUE (province_agency_id, year)
      )`);
    await q.query(`
      CREATE TABLE inspection_plan_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES inspection_plans(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        on_site boolean NOT NULL,
        planned_month int CHECK (planned_month BETWEEN 1 AND 12),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inspection_plan_items_unique UNIQUE (plan_id, agency_id)
      )`);

    await q.query(`
      CREATE TABLE inspections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        province_agency_id uuid NOT NULL REFERENCES agencies(id),
        plan_id uuid REFERENCES inspection_plans(id),
        kind text NOT NULL CHECK (kind IN ('DOSSIER','ON_SITE')),
        inspected_on date NOT NULL,
        inspectors text[] NOT NULL DEFAULT '{}',
        conclusion text NOT NULL,
        status text NOT NULL CHECK (status IN ('CLOSED','AWAITING_REPORT','REPORT_SUBMITTED','REPORT_ACCEPTED')),
        report_due date,
        round int NOT NULL DEFAULT 1 CHECK (round > 0),
        recorded_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'CLOSED' OR report_due IS NOT NULL)
      )`);
    await q.query('CREATE INDEX inspections_agency ON inspections (agency_id, inspected_on)');
    await q.query('CREATE INDEX inspections_province ON inspections (province_agency_id, inspected_on)');
    await q.query('CREATE INDEX inspections_plan ON inspections (plan_id) WHERE plan_id IS NOT NULL');
    await q.query(`
      CREATE TABLE inspection_findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL REFERENCES inspections(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        position int NOT NULL,
        type text NOT NULL CHECK (type IN ('NONCONFORMITY','RECOMMENDATION')),
        clause text,
        description text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX inspection_findings_inspection ON inspection_findings (inspection_id, position)',
    );
    await q.query(`
      CREATE TABLE inspection_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL REFERENCES inspections(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        round int NOT NULL,
        content text NOT NULL,
        submitted_by uuid REFERENCES users(id),
        submitted_at timestamptz NOT NULL,
        decision text CHECK (decision IN ('ACCEPTED','REJECTED')),
        decision_comment text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inspection_reports_round UNIQUE (inspection_id, round)
      )`);

    await q.query(`
      CREATE TABLE annual_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','ACCEPTED')),
        figures jsonb NOT NULL,
        compiled_at timestamptz NOT NULL,
        assessment text,
        difficulties text,
        proposals text,
        submitted_at timestamptz,
        submitted_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id),
        return_reason text,
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT annual_reports_agency_year UNIQUE (agency_id, year)
      )`);
    await q.query('CREATE INDEX annual_reports_year ON annual_reports (year, status)');

    for (const table of [
      'effectiveness_confirmations',
      'declarations',
      'administrative_procedures',
      'legal_changes',
      'legal_change_documents',
      'rollout_plans',
      'rollout_plan_items',
      'inspection_plans',
      'inspection_plan_items',
      'inspections',
      'inspection_findings',
      'inspection_reports',
      'annual_reports',
    ]) {
      await q.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_delete()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE effectiveness_confirmations DROP CONSTRAINT IF EXISTS effectiveness_confirmations_declaration',
    );
    for (const table of [
      'annual_reports',
      'inspection_reports',
      'inspection_findings',
      'inspections',
      'inspection_plan_items',
      'inspection_plans',
      'rollout_plan_items',
      'rollout_plans',
      'legal_change_documents',
      'legal_changes',
      'administrative_procedures',
      'declarations',
      'effectiveness_confirmations',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
