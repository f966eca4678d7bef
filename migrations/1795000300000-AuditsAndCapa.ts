import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Internal audit (programmes, audits, checklists, findings and their files, the auditor unit
 * register), nonconformities with their analyses, corrective actions and verifications, and
 * management reviews with their outputs. History is never deleted (refuse_delete comes from
 * 1795000100000); findings and their files are written only while their audit is in progress.
 */
export class AuditsAndCapa1795000300000 implements MigrationInterface {
  name = 'AuditsAndCapa1795000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        quality_system_id uuid NOT NULL REFERENCES quality_systems(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        objectives text NOT NULL,
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // one programme per QMS and year
    await q.query(
      'CREATE UNIQUE INDEX audit_programmes_qms_year ON audit_programmes (quality_system_id, year)',
    );
    await q.query('CREATE INDEX audit_programmes_agency ON audit_programmes (agency_id, year)');

    await q.query(`
      CREATE TABLE audits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES audit_programmes(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        quality_system_id uuid NOT NULL REFERENCES quality_systems(id),
        title text NOT NULL,
        scope jsonb NOT NULL,
        criteria text NOT NULL,
        planned_start date NOT NULL,
        planned_end date NOT NULL,
        lead_auditor_id uuid NOT NULL REFERENCES users(id),
        auditor_ids uuid[] NOT NULL DEFAULT '{}',
        auditee_agency_ids uuid[] NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','IN_PROGRESS','REPORTED','CLOSED')),
        started_at timestamptz,
        started_by uuid REFERENCES users(id),
        reported_at timestamptz,
        reported_by uuid REFERENCES users(id),
        report_summary text,
        closed_at timestamptz,
        closed_by uuid REFERENCES users(id),
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (planned_start <= planned_end),
        CHECK (cardinality(auditee_agency_ids) > 0)
      )`);
    await q.query('CREATE INDEX audits_programme ON audits (programme_id)');
    await q.query('CREATE INDEX audits_agency ON audits (agency_id, status)');
    await q.query('CREATE INDEX audits_qms_reported ON audits (quality_system_id, reported_at)');
    await q.query('CREATE INDEX audits_auditees ON audits USING gin (auditee_agency_ids)');

    await q.query(`
      CREATE TABLE audit_checklist_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        audit_id uuid NOT NULL REFERENCES audits(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        position int NOT NULL,
        clause text NOT NULL,
        question text NOT NULL,
        result text CHECK (result IN ('CONFORMING','NONCONFORMING','NOT_APPLICABLE')),
        evidence text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        active boolean NOT NULL DEFAULT true,
        copied_from_id uuid REFERENCES audit_checklist_items(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX audit_checklist_items_audit ON audit_checklist_items (audit_id, position)');

    await q.query(`
      CREATE TABLE audit_findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        audit_id uuid NOT NULL REFERENCES audits(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        auditee_agency_id uuid NOT NULL REFERENCES agencies(id),
        type text NOT NULL CHECK (type IN ('MAJOR_NC','MINOR_NC','OBSERVATION','OFI')),
        clause text NOT NULL,
        description text NOT NULL,
        evidence text NOT NULL,
        checklist_item_id uuid REFERENCES audit_checklist_items(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX audit_findings_audit ON audit_findings (audit_id, created_at)');

    await q.query(`
      CREATE TABLE finding_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES audit_findings(id),
        audit_id uuid NOT NULL REFERENCES audits(id),
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
    await q.query('CREATE INDEX finding_attachments_finding ON finding_attachments (finding_id)');

    // findings and their files are written while the audit is in progress, and never changed
    // afterwards (an agency merge may still re-point agency_id)
    await q.query(`
      CREATE FUNCTION audit_records_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF (SELECT status FROM audits WHERE id = NEW.audit_id) <> 'IN_PROGRESS' THEN
            RAISE EXCEPTION '% are added only while the audit is in progress', TG_TABLE_NAME;
          END IF;
        ELSIF (to_jsonb(NEW) - 'agency_id' - 'auditee_agency_id' - 'updated_at')
              IS DISTINCT FROM (to_jsonb(OLD) - 'agency_id' - 'auditee_agency_id' - 'updated_at') THEN
          RAISE EXCEPTION '% never change once written', TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['audit_findings', 'finding_attachments']) {
      await q.query(
        `CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_records_frozen()`,
      );
    }

    // a register, not history: no delete trigger, an agency merger folds its rows into the survivor's
    await q.query(`
      CREATE TABLE auditor_units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        user_id uuid NOT NULL REFERENCES users(id),
        unit text NOT NULL,
        updated_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT auditor_units_agency_user UNIQUE (agency_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE nonconformities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        source text NOT NULL CHECK (source IN ('AUDIT','COMPLAINT','PROCESS','INSPECTION','OTHER')),
        severity text NOT NULL CHECK (severity IN ('MAJOR','MINOR')),
        finding_id uuid REFERENCES audit_findings(id),
        audit_id uuid REFERENCES audits(id),
        clause text,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ANALYSED','ACTION_PLANNED','IMPLEMENTED','VERIFIED','CLOSED')),
        correction text,
        root_cause text,
        analysis_method text CHECK (analysis_method IN ('FIVE_WHYS','FISHBONE','OTHER')),
        analysis text,
        analysed_at timestamptz,
        analysed_by uuid REFERENCES users(id),
        round int NOT NULL DEFAULT 1 CHECK (round > 0),
        raised_by uuid REFERENCES users(id),
        closed_at timestamptz,
        closed_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (finding_id IS NULL OR source = 'AUDIT')
      )`);
    // a finding opens at most one nonconformity
    await q.query(
      'CREATE UNIQUE INDEX nonconformities_finding ON nonconformities (finding_id) WHERE finding_id IS NOT NULL',
    );
    await q.query('CREATE INDEX nonconformities_agency ON nonconformities (agency_id, status)');
    await q.query(
      'CREATE INDEX nonconformities_audit ON nonconformities (audit_id) WHERE audit_id IS NOT NULL',
    );

    await q.query(`
      CREATE TABLE nonconformity_analyses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nonconformity_id uuid NOT NULL REFERENCES nonconformities(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        round int NOT NULL,
        correction text NOT NULL,
        root_cause text NOT NULL,
        method text NOT NULL CHECK (method IN ('FIVE_WHYS','FISHBONE','OTHER')),
        analysis text,
        analysed_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX nonconformity_analyses_nc ON nonconformity_analyses (nonconformity_id, created_at)',
    );

    await q.query(`
      CREATE TABLE corrective_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nonconformity_id uuid NOT NULL REFERENCES nonconformities(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        round int NOT NULL,
        description text NOT NULL,
        owner_id uuid NOT NULL REFERENCES users(id),
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','DONE')),
        completed_at timestamptz,
        completed_by uuid REFERENCES users(id),
        completion_note text,
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX corrective_actions_nc ON corrective_actions (nonconformity_id, round)');
    await q.query(
      `CREATE INDEX corrective_actions_open_due ON corrective_actions (agency_id, due_date) WHERE status = 'PLANNED'`,
    );

    await q.query(`
      CREATE TABLE nonconformity_verifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nonconformity_id uuid NOT NULL REFERENCES nonconformities(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        round int NOT NULL,
        effective boolean NOT NULL,
        comment text NOT NULL,
        verified_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX nonconformity_verifications_nc ON nonconformity_verifications (nonconformity_id, created_at)',
    );

    await q.query(`
      CREATE TABLE management_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        quality_system_id uuid NOT NULL REFERENCES quality_systems(id),
        title text NOT NULL,
        planned_date date NOT NULL,
        held_on date,
        chair_id uuid NOT NULL REFERENCES users(id),
        participant_ids uuid[] NOT NULL DEFAULT '{}',
        period_from date NOT NULL,
        period_to date,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','HELD')),
        input_notes jsonb NOT NULL DEFAULT '{}',
        inputs jsonb,
        minutes text,
        created_by uuid REFERENCES users(id),
        held_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'PLANNED' OR (held_on IS NOT NULL AND inputs IS NOT NULL))
      )`);
    await q.query(
      'CREATE INDEX management_reviews_qms ON management_reviews (quality_system_id, status, held_on)',
    );
    await q.query('CREATE INDEX management_reviews_agency ON management_reviews (agency_id)');

    await q.query(`
      CREATE TABLE management_review_outputs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES management_reviews(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL CHECK (kind IN ('DECISION','ACTION')),
        category text NOT NULL CHECK (category IN ('IMPROVEMENT','QMS_CHANGE','RESOURCES')),
        description text NOT NULL,
        owner_id uuid REFERENCES users(id),
        due_date date,
        status text NOT NULL CHECK (status IN ('RECORDED','OPEN','DONE')),
        completed_at timestamptz,
        completed_by uuid REFERENCES users(id),
        completion_note text,
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'DECISION' OR (owner_id IS NOT NULL AND due_date IS NOT NULL AND status IN ('OPEN','DONE'))),
        CHECK (kind = 'ACTION' OR status = 'RECORDED')
      )`);
    await q.query('CREATE INDEX management_review_outputs_review ON management_review_outputs (review_id)');

    for (const table of [
      'audit_programmes',
      'audits',
      'audit_checklist_items',
      'audit_findings',
      'finding_attachments',
      'nonconformities',
      'nonconformity_analyses',
      'corrective_actions',
      'nonconformity_verifications',
      'management_reviews',
      'management_review_outputs',
    ]) {
      await q.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_delete()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'management_review_outputs',
      'management_reviews',
      'nonconformity_verifications',
      'corrective_actions',
      'nonconformity_analyses',
      'nonconformities',
      'auditor_units',
      'finding_attachments',
      'audit_findings',
      'audit_checklist_items',
      'audits',
      'audit_programmes',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS audit_records_frozen()');
  }
}
