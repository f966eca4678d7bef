import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Separation of duties and controlled metadata:
 * - approval_requests.author_ids: who opened or submitted the request, drafted the version or
 *   uploaded a file to it, fixed when it is submitted (the version cannot change afterwards).
 *   None of them decides a step. Requests in progress get theirs from their rows and the audit
 *   trail (the submitter).
 * - document_versions.proposed_title: a revision may propose a new title for the document; it
 *   takes effect only when that version does (the title of an issued document never changes
 *   without approval).
 */
export class ApprovalAuthorsAndProposedTitle1795002100000 implements MigrationInterface {
  name = 'ApprovalAuthorsAndProposedTitle1795002100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE approval_requests ADD COLUMN author_ids uuid[] NOT NULL DEFAULT '{}'");
    await q.query(
      `UPDATE approval_requests r SET author_ids = ARRAY(
          SELECT DISTINCT x FROM unnest(
            ARRAY[r.requested_by, r.drafter_id, (
              SELECT a.actor_id FROM audit_trail a
               WHERE a.subject_type = 'approvalRequest' AND a.subject_id = r.id::text AND a.action = 'submit'
               ORDER BY a.id DESC LIMIT 1)]
            || ARRAY(SELECT f.uploaded_by FROM document_files f WHERE f.version_id = r.subject_version_id)
          ) AS x WHERE x IS NOT NULL)
        WHERE r.status = 'IN_PROGRESS'`,
    );
    await q.query('ALTER TABLE document_versions ADD COLUMN proposed_title text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE document_versions DROP COLUMN proposed_title');
    await q.query('ALTER TABLE approval_requests DROP COLUMN author_ids');
  }
}
