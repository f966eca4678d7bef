/*
 * The SQL the API runs for each benchmarked endpoint, copied from what it sends to PostgreSQL
 * (captured with log_statement = 'all' on the benchmark database; the select lists are
 * TypeORM's where the API builds the statement with TypeORM). The baseline server runs exactly these, in the same order, through pg.
 * SQL the API keeps as text is not copied here but imported from where the API runs it: the
 * read models (the session user, the province dashboard: libs/reporting), the register search
 * (libs/documents) and the approval inbox (libs/approvals).
 */

export {
  CONTENT_PAGE_ORDER,
  CONTENT_SNIPPETS,
  SEARCH_PAGE_DOCUMENTS,
} from '../../libs/documents/src/search/document-search.sql';

const DOCUMENT_COLUMNS = `"d"."id" AS "d_id", "d"."created_at" AS "d_created_at", "d"."updated_at" AS "d_updated_at", "d"."agency_id" AS "d_agency_id", "d"."code" AS "d_code", "d"."title" AS "d_title", "d"."type" AS "d_type", "d"."parent_id" AS "d_parent_id", "d"."owner_unit" AS "d_owner_unit", "d"."review_interval_months" AS "d_review_interval_months", "d"."next_review_date" AS "d_next_review_date", "d"."administrative_procedure_codes" AS "d_administrative_procedure_codes", "d"."distribution_user_ids" AS "d_distribution_user_ids", "d"."status" AS "d_status", "d"."current_version_id" AS "d_current_version_id", "d"."created_by" AS "d_created_by", "d"."version" AS "d_version"`;

const scopeOf = (alias: string) => `(("${alias}"."agency_id" = ANY($1) OR "${alias}"."agency_id" = ANY($2))
        AND ("${alias}"."status" <> 'DRAFT' OR "${alias}"."agency_id" = ANY($3)))`;
const DOCUMENT_SCOPE = scopeOf('d');

/** The register of one agency, filtered by type and status, one page ordered by code. */
export const REGISTER_PAGE = `SELECT ${DOCUMENT_COLUMNS} FROM "documents" "d" WHERE ${DOCUMENT_SCOPE} AND "d"."agency_id" = $4 AND "d"."type" = $5 AND "d"."status" = $6 ORDER BY "d"."code" ASC, "d"."id" ASC LIMIT 20 OFFSET `;
export const REGISTER_COUNT = `SELECT COUNT(1) AS "cnt" FROM "documents" "d" WHERE ${DOCUMENT_SCOPE} AND "d"."agency_id" = $4 AND "d"."type" = $5 AND "d"."status" = $6`;

/*
 * Diacritics-insensitive ranked search over the caller's documents: the API's statements
 * (libs/documents/src/search/document-search.sql.ts searchPageStatements(): the page with the
 * total in one pass over the matches, joined to the page's documents and their current versions).
 */
export { searchPageStatements } from '../../libs/documents/src/search/document-search.sql';
/** The columns of documents the API reads with a search's page (its entity's, in order). */
export const DOCUMENT_COLUMN_NAMES = [
  'id',
  'created_at',
  'updated_at',
  'version',
  'agency_id',
  'created_by',
  'code',
  'title',
  'type',
  'parent_id',
  'owner_unit',
  'review_interval_months',
  'next_review_date',
  'administrative_procedure_codes',
  'distribution_user_ids',
  'status',
  'current_version_id',
];

/*
 * Search inside the files' text: libs/documents/src/search/content-search.ts's statements
 * (contentPageStatements: the page of ranked documents with the total from file_texts alone,
 * joined to its documents and their current versions by SEARCH_PAGE_DOCUMENTS, then the page's
 * snippets).
 */
export { contentPageStatements } from '../../libs/documents/src/search/document-search.sql';

export const CURRENT_VERSIONS = 'SELECT * FROM document_versions WHERE id = ANY($1::uuid[])';

export const DOCUMENT_BY_ID = 'SELECT * FROM documents WHERE id = $1';

export const VERSIONS_OF_DOCUMENT =
  'SELECT * FROM document_versions WHERE document_id = $1 ORDER BY revision DESC';

export const FILES_OF_VERSIONS =
  'SELECT * FROM document_files WHERE version_id = ANY($1::uuid[]) ORDER BY created_at';

/** The approval inbox: the API's own statements (libs/approvals inbox.sql.ts). */
export {
  INBOX_COUNT,
  INBOX_PAGE,
  inboxParameters,
  STEPS_OF_REQUESTS,
} from '../../libs/approvals/src/inbox.sql';

/** The deadline list: the API's own statements (libs/deadlines deadlines.sql.ts). */
export {
  DEADLINES_COUNT,
  deadlineParameters,
  deadlinesPage,
  totalFromPage,
} from '../../libs/deadlines/src/deadlines.sql';

/** Login: the user by name, then session, refresh token and audit entry in one transaction. */
export const USER_BY_NAME = `SELECT "u"."id" AS "u_id", "u"."created_at" AS "u_created_at", "u"."updated_at" AS "u_updated_at", "u"."username" AS "u_username", "u"."full_name" AS "u_full_name", "u"."email" AS "u_email", "u"."is_system_admin" AS "u_is_system_admin", "u"."is_active" AS "u_is_active", "u"."version" AS "u_version", "u"."password_hash" AS "u_password_hash" FROM "users" "u" WHERE "u"."username" = $1`;
export const INSERT_SESSION = `INSERT INTO "sessions"("id", "created_at", "updated_at", "user_id", "revoked_at", "revoke_reason", "expires_at") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4) RETURNING "id", "created_at", "updated_at"`;
export const INSERT_REFRESH_TOKEN = `INSERT INTO "refresh_tokens"("id", "created_at", "updated_at", "session_id", "token_hash", "used_at") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3) RETURNING "id", "created_at", "updated_at"`;
export const AUDIT_LOCK = 'SELECT pg_advisory_xact_lock($1)';
export const AUDIT_LAST = 'SELECT hash FROM audit_trail ORDER BY id DESC LIMIT 1';
export const AUDIT_INSERT = `INSERT INTO "audit_trail"("id", "occurred_at", "actor_id", "actor_name", "agency_id", "subject_type", "subject_id", "action", "from_state", "to_state", "reason", "data", "request_id", "prev_hash", "hash") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING "id"`;
