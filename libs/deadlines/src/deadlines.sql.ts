/*
 * The deadline list's SQL, as text: the API runs it (DeadlinesService.list) and the benchmark's
 * bare baseline imports it (bench/lib/sql.ts), so both send the same statement. Written by hand
 * because the list is read on every agency screen: TypeORM's query builder rebuilt the same SQL
 * and a separate count for each request.
 */

/** The columns a deadline's view is made of (obligation_key is internal and never read). */
const DEADLINE_COLUMNS = `d.id, d.created_at, d.updated_at, d.agency_id, d.kind, d.subject_type, d.subject_id,
       d.title, d.due_at, d.responsible_user_ids, d.responsible_role, d.state, d.closed_at,
       d.next_reminder_at, d.next_reminder_step`;

/**
 * The deadlines that match, each filter off when its parameter is NULL: $1 the agencies the
 * caller reads (NULL: every agency), $2 agency, $3 kind, $4 status, $5 overdue at this instant
 * (open and due before it), $6 a user named responsible.
 */
const MATCHING = `FROM deadlines d
 WHERE ($1::uuid[] IS NULL OR d.agency_id = ANY($1::uuid[]))
   AND ($2::uuid IS NULL OR d.agency_id = $2::uuid)
   AND ($3::text IS NULL OR d.kind = $3::text)
   AND ($4::text IS NULL OR d.state = $4::text)
   AND ($5::timestamptz IS NULL OR (d.state = 'OPEN' AND d.due_at < $5::timestamptz))
   AND ($6::uuid IS NULL OR $6::uuid = ANY(d.responsible_user_ids))`;

/** Columns a list may be ordered by; the id breaks ties so pages never overlap. */
export const DEADLINE_SORT_COLUMNS = {
  dueAt: 'd.due_at',
  createdAt: 'd.created_at',
  kind: 'd.kind',
} as const;

/**
 * One page in the order asked: $7 page size, $8 offset. Read through the index in that order
 * and stopped at the page's end; the total is DEADLINES_COUNT's (a window count here would read
 * every match's row and sort them all, ~0.4 of the list's throughput lost for an agency's 200).
 */
export function deadlinesPage(column: string, direction: 'ASC' | 'DESC'): string {
  return `SELECT ${DEADLINE_COLUMNS}
  ${MATCHING}
 ORDER BY ${column} ${direction}, d.id
 LIMIT $7 OFFSET $8`;
}

/** The total of every match ($1–$6 as deadlinesPage). */
export const DEADLINES_COUNT = `SELECT count(*)::int AS total ${MATCHING}`;

/**
 * The total when the page itself tells it: a page that is neither empty nor full ends the
 * list. Otherwise undefined, and DEADLINES_COUNT answers.
 */
export function totalFromPage(offset: number, pageSize: number, rows: number): number | undefined {
  return rows > 0 && rows < pageSize ? offset + rows : undefined;
}

export interface DeadlineFilters {
  readable: string[] | 'ALL';
  agencyId?: string;
  kind?: string;
  status?: string;
  overdueAt?: Date;
  responsibleUserId?: string;
}

/** The parameters $1–$6 of deadlinesPage and DEADLINES_COUNT. */
export function deadlineParameters(filters: DeadlineFilters): unknown[] {
  return [
    filters.readable === 'ALL' ? null : filters.readable,
    filters.agencyId ?? null,
    filters.kind ?? null,
    filters.status ?? null,
    filters.overdueAt ?? null,
    filters.responsibleUserId ?? null,
  ];
}
