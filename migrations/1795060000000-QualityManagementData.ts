import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of ISO 9001 as data (libs/qms): risks and opportunities (6.1) with their treatment
 * actions and yearly reviews, the agency's risk-level thresholds, quality objectives and their
 * measurements (6.2, 9.1.1), process performance imported from the one-stop system per TTHC and
 * period, satisfaction surveys and the citizens' feedback log (9.1.2), training records and their
 * certificates (7.2). Nothing here is ever deleted: a replaced import is kept, marked REPLACED.
 */
export class QualityManagementData1795060000000 implements MigrationInterface {
  name = 'QualityManagementData1795060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE risk_level_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL UNIQUE REFERENCES agencies(id),
        medium_from int NOT NULL CHECK (medium_from BETWEEN 2 AND 25),
        high_from int NOT NULL CHECK (high_from BETWEEN 2 AND 25),
        updated_by uuid NULL REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (medium_from < high_from)
      )`);
    await q.query(`
      CREATE TABLE risks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL CHECK (kind IN ('RISK','OPPORTUNITY')),
        title text NOT NULL,
        process text NULL,
        cause text NULL,
        consequence text NULL,
        likelihood int NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        impact int NOT NULL CHECK (impact BETWEEN 1 AND 5),
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN','TREATMENT_PLANNED','TREATED','CLOSED')),
        strategy text NULL CHECK (strategy IN ('ACCEPT','MITIGATE','TRANSFER','AVOID','EXPLOIT','ENHANCE','SHARE')),
        treatment text NULL,
        residual_likelihood int NULL CHECK (residual_likelihood BETWEEN 1 AND 5),
        residual_impact int NULL CHECK (residual_impact BETWEEN 1 AND 5),
        effective boolean NULL,
        effectiveness_comment text NULL,
        last_reviewed_on date NULL,
        next_review_on date NOT NULL,
        created_by uuid NULL REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX risks_agency ON risks (agency_id, status)');
    await q.query(`
      CREATE TABLE risk_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        risk_id uuid NOT NULL REFERENCES risks(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        description text NOT NULL,
        owner_id uuid NOT NULL REFERENCES users(id),
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','DONE')),
        completed_at timestamptz NULL,
        completed_by uuid NULL REFERENCES users(id),
        completion_note text NULL,
        created_by uuid NULL REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX risk_actions_risk ON risk_actions (risk_id)');
    await q.query("CREATE INDEX risk_actions_owner ON risk_actions (owner_id) WHERE status = 'PLANNED'");
    await q.query(`
      CREATE TABLE risk_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        risk_id uuid NOT NULL REFERENCES risks(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        reviewed_on date NOT NULL,
        likelihood int NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        impact int NOT NULL CHECK (impact BETWEEN 1 AND 5),
        comment text NOT NULL,
        reviewed_by uuid NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX risk_reviews_risk ON risk_reviews (risk_id)');

    await q.query(`
      CREATE TABLE quality_objectives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        title text NOT NULL,
        indicator text NOT NULL,
        target numeric(14,4) NOT NULL,
        unit text NOT NULL,
        direction text NOT NULL DEFAULT 'AT_LEAST' CHECK (direction IN ('AT_LEAST','AT_MOST')),
        frequency text NOT NULL DEFAULT 'QUARTERLY' CHECK (frequency IN ('MONTHLY','QUARTERLY','YEARLY')),
        binding text NULL CHECK (binding IN ('ON_TIME_RATE')),
        procedure_code text NULL,
        status text NOT NULL DEFAULT 'TRACKING' CHECK (status IN ('TRACKING','CLOSED')),
        created_by uuid NULL REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (binding IS NOT NULL OR procedure_code IS NULL)
      )`);
    await q.query('CREATE INDEX quality_objectives_agency ON quality_objectives (agency_id, year)');
    await q.query(`
      CREATE TABLE objective_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        objective_id uuid NOT NULL REFERENCES quality_objectives(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        period text NOT NULL,
        value numeric(14,4) NOT NULL,
        evidence text NULL,
        source text NOT NULL CHECK (source IN ('MANUAL','PROCESS_PERFORMANCE')),
        recorded_by uuid NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT objective_measurements_period UNIQUE (objective_id, period)
      )`);

    await q.query(`
      CREATE TABLE process_performance_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        period text NOT NULL,
        status text NOT NULL DEFAULT 'CURRENT' CHECK (status IN ('CURRENT','REPLACED')),
        format text NOT NULL CHECK (format IN ('CSV','XLSX','JSON')),
        row_count int NOT NULL,
        received int NOT NULL,
        on_time int NOT NULL,
        late int NOT NULL,
        pending int NOT NULL,
        imported_by uuid NULL REFERENCES users(id),
        replaced_by uuid NULL REFERENCES process_performance_imports(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX process_performance_imports_active ON process_performance_imports (agency_id, period) WHERE status = 'CURRENT'`,
    );
    await q.query(`
      CREATE TABLE process_performance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        import_id uuid NOT NULL REFERENCES process_performance_imports(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        period text NOT NULL,
        procedure_code text NOT NULL,
        procedure_name text NULL,
        received int NOT NULL CHECK (received >= 0),
        on_time int NOT NULL CHECK (on_time >= 0),
        late int NOT NULL CHECK (late >= 0),
        pending int NOT NULL CHECK (pending >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT process_performance_code UNIQUE (import_id, procedure_code)
      )`);
    await q.query('CREATE INDEX process_performance_agency ON process_performance (agency_id, period)');

    await q.query(`
      CREATE TABLE satisfaction_surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        period text NOT NULL,
        title text NOT NULL,
        method text NULL,
        respondents int NOT NULL CHECK (respondents >= 0),
        satisfied int NOT NULL CHECK (satisfied >= 0),
        questions jsonb NOT NULL DEFAULT '[]',
        source text NOT NULL CHECK (source IN ('ENTERED','IMPORTED')),
        created_by uuid NULL REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (satisfied <= respondents)
      )`);
    await q.query('CREATE INDEX satisfaction_surveys_agency ON satisfaction_surveys (agency_id, period)');
    await q.query(`
      CREATE TABLE citizen_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL CHECK (kind IN ('COMPLAINT','SUGGESTION')),
        channel text NOT NULL CHECK (channel IN ('HOTLINE','EMAIL','PORTAL','IN_PERSON','MAIL','OTHER')),
        received_on date NOT NULL,
        citizen_name text NULL,
        procedure_code text NULL,
        content text NOT NULL,
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED','ANSWERED')),
        answer text NULL,
        answered_at timestamptz NULL,
        answered_by uuid NULL REFERENCES users(id),
        nonconformity_id uuid NULL,
        created_by uuid NULL REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX citizen_feedback_agency ON citizen_feedback (agency_id, received_on)');

    await q.query(`
      CREATE TABLE training_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        user_id uuid NOT NULL REFERENCES users(id),
        category text NOT NULL CHECK (category IN ('INTERNAL_AUDITOR','ISO_9001','PROFESSIONAL','OTHER')),
        course text NOT NULL,
        provider text NOT NULL,
        completed_on date NOT NULL,
        expires_on date NULL,
        certificate_number text NULL,
        created_by uuid NULL REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (expires_on IS NULL OR expires_on >= completed_on)
      )`);
    await q.query('CREATE INDEX training_records_user ON training_records (user_id, category)');
    await q.query('CREATE INDEX training_records_agency ON training_records (agency_id)');
    await q.query(`
      CREATE TABLE training_certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        training_record_id uuid NOT NULL REFERENCES training_records(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX training_certificates_record ON training_certificates (training_record_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'training_certificates',
      'training_records',
      'citizen_feedback',
      'satisfaction_surveys',
      'process_performance',
      'process_performance_imports',
      'objective_measurements',
      'quality_objectives',
      'risk_reviews',
      'risk_actions',
      'risks',
      'risk_level_policies',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
