import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, "the 2025 mergers must work" and "documents":
 * - agencies may be DISSOLVED (work split between several others); a quality system may be
 *   MERGED into another (its agencies joined the other's), and stays readable through merged_into_id;
 * - document_code_aliases: the codes a document had before a merge or a dissolution renamed it,
 *   still found by the register's search;
 * - a withdrawn document's last version is WITHDRAWN (no version in force), and frozen like the
 *   other ended states; existing withdrawn documents are put right and lose their review date;
 * - document_files.removed_at/removed_by: a file taken off a draft version is detached, never
 *   deleted (its row and object stay for history); the file trigger allows that on a draft,
 *   and a move to another agency (merger) for any file;
 * - document_periodic_reviews: who reviewed a document, when, with which outcome;
 * - acknowledgement deadlines of superseded or withdrawn versions are closed, and readers who
 *   have acknowledged are no longer among the responsible people.
 */
export class MergersAndDocumentGaps1795030000000 implements MigrationInterface {
  name = 'MergersAndDocumentGaps1795030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE agencies DROP CONSTRAINT IF EXISTS agencies_status_check');
    await q.query(
      "ALTER TABLE agencies ADD CONSTRAINT agencies_status_check CHECK (status IN ('ACTIVE','MERGED','DISSOLVED'))",
    );
    await q.query(
      'CREATE INDEX agencies_merged_into ON agencies (merged_into_id) WHERE merged_into_id IS NOT NULL',
    );

    await q.query('ALTER TABLE quality_systems DROP CONSTRAINT IF EXISTS quality_systems_status_check');
    await q.query(
      "ALTER TABLE quality_systems ADD CONSTRAINT quality_systems_status_check CHECK (status IN ('BUILDING','APPLYING','DECLARED','SUSPENDED','MERGED'))",
    );
    await q.query(
      'ALTER TABLE quality_systems ADD COLUMN merged_into_id uuid REFERENCES quality_systems(id)',
    );

    await q.query(`
      CREATE TABLE document_code_aliases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES documents(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        code text NOT NULL,
        former_agency_id uuid NOT NULL REFERENCES agencies(id),
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX document_code_aliases_document ON document_code_aliases (document_id)');
    await q.query(
      'CREATE INDEX document_code_aliases_search ON document_code_aliases USING gin (lower(f_unaccent(code)) gin_trgm_ops)',
    );
    await q.query(
      'CREATE TRIGGER document_code_aliases_no_delete BEFORE DELETE ON document_code_aliases FOR EACH ROW EXECUTE FUNCTION refuse_delete()',
    );

    // withdrawn versions
    await q.query('ALTER TABLE document_versions DROP CONSTRAINT IF EXISTS document_versions_status_check');
    await q.query(
      "ALTER TABLE document_versions ADD CONSTRAINT document_versions_status_check CHECK (status IN ('DRAFT','IN_APPROVAL','APPROVED','EFFECTIVE','SUPERSEDED','REJECTED','WITHDRAWN'))",
    );
    await q.query(`
      CREATE OR REPLACE FUNCTION document_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- an ended version never changes, except the agency it belongs to (a merger moves it)
        IF OLD.status IN ('SUPERSEDED', 'REJECTED', 'WITHDRAWN')
           AND (to_jsonb(NEW) - 'agency_id' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'agency_id' - 'updated_at') THEN
          RAISE EXCEPTION 'document version % is % and can no longer change', OLD.id, OLD.status;
        END IF;
        IF OLD.status <> 'DRAFT' AND (NEW.change_summary IS DISTINCT FROM OLD.change_summary OR NEW.revision <> OLD.revision) THEN
          RAISE EXCEPTION 'only a draft version can be edited';
        END IF;
        RETURN NEW;
      END $$`);
    // the effective version of a withdrawn document is withdrawn with it (done by the engine from now on)
    await q.query(`ALTER TABLE document_versions DISABLE TRIGGER document_versions_frozen`);
    await q.query(
      `UPDATE document_versions v SET status = 'WITHDRAWN', version = v.version + 1, updated_at = now()
         FROM documents d WHERE d.current_version_id = v.id AND d.status = 'WITHDRAWN' AND v.status = 'EFFECTIVE'`,
    );
    await q.query(`ALTER TABLE document_versions ENABLE TRIGGER document_versions_frozen`);
    await q.query("UPDATE documents SET next_review_date = NULL WHERE status = 'WITHDRAWN'");

    // files detached from a draft
    await q.query('ALTER TABLE document_files ADD COLUMN removed_at timestamptz, ADD COLUMN removed_by uuid');
    await q.query(`
      CREATE OR REPLACE FUNCTION document_files_on_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed jsonb;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF (SELECT status FROM document_versions WHERE id = NEW.version_id) <> 'DRAFT' THEN
            RAISE EXCEPTION 'files are added to draft versions only, and never changed';
          END IF;
          RETURN NEW;
        END IF;
        changed := (to_jsonb(NEW) - 'agency_id' - 'updated_at');
        IF changed = (to_jsonb(OLD) - 'agency_id' - 'updated_at') THEN
          RETURN NEW; -- moved to another agency (a merger)
        END IF;
        IF OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL
           AND (changed - 'removed_at' - 'removed_by') = (to_jsonb(OLD) - 'agency_id' - 'updated_at' - 'removed_at' - 'removed_by')
           AND (SELECT status FROM document_versions WHERE id = NEW.version_id) = 'DRAFT' THEN
          RETURN NEW; -- detached from its draft, kept for history
        END IF;
        RAISE EXCEPTION 'files are added to draft versions only, and never changed';
      END $$`);

    await q.query(`
      CREATE TABLE document_periodic_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES documents(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        version_id uuid REFERENCES document_versions(id),
        outcome text NOT NULL CHECK (outcome IN ('NO_CHANGE','REVISION_NEEDED')),
        comment text,
        reviewed_by uuid,
        reviewed_at timestamptz NOT NULL,
        next_review_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX document_periodic_reviews_document ON document_periodic_reviews (document_id, reviewed_at DESC)',
    );
    await q.query(
      'CREATE TRIGGER document_periodic_reviews_no_delete BEFORE DELETE ON document_periodic_reviews FOR EACH ROW EXECUTE FUNCTION refuse_delete()',
    );

    // acknowledgement deadlines of versions no longer in force are closed; those who read are not reminded
    await q.query(
      `UPDATE deadlines dl SET state = 'CANCELLED', closed_at = now(), next_reminder_at = NULL, next_reminder_step = NULL,
              updated_at = now()
         FROM document_versions v
        WHERE dl.kind = 'ACKNOWLEDGEMENT' AND dl.subject_type = 'documentVersion' AND dl.subject_id = v.id
          AND dl.state = 'OPEN' AND v.status IN ('SUPERSEDED', 'WITHDRAWN')`,
    );
    await q.query(
      `UPDATE deadlines dl SET responsible_user_ids = ARRAY(
           SELECT u FROM unnest(dl.responsible_user_ids) AS u
            WHERE NOT EXISTS (SELECT 1 FROM acknowledgements a
                               WHERE a.version_id = dl.subject_id AND a.user_id = u AND a.acknowledged_at IS NOT NULL)),
              updated_at = now()
        WHERE dl.kind = 'ACKNOWLEDGEMENT' AND dl.subject_type = 'documentVersion' AND dl.state = 'OPEN'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS document_periodic_reviews');
    await q.query('ALTER TABLE document_files DROP COLUMN removed_by, DROP COLUMN removed_at');
    await q.query('DROP TABLE IF EXISTS document_code_aliases');
    await q.query('ALTER TABLE quality_systems DROP COLUMN merged_into_id');
    await q.query('DROP INDEX IF EXISTS agencies_merged_into');
  }
}
