import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext } from '@app/platform';
import { decodeCursor, encodeCursor } from './feed-cursor';

export interface FeedItem {
  /** The event's position, opaque: pass it as `after` to read what follows (also X-ISO-Event-Id). */
  cursor: string;
  type: string;
  occurredAt: string;
  /** The agency the event is about (the first of `agencyIds`). */
  agencyId: string;
  agencyIds: string[];
  subject: { type: string; id: string };
  payload: Record<string, unknown>;
}

export interface FeedPage {
  items: FeedItem[];
  /** Where to read on from: the last item's cursor, or `after` again when nothing new came. */
  nextCursor: string | null;
}

export interface FeedRow {
  id: string;
  type: string;
  occurred_at: Date;
  agency_ids: string[];
  subject_type: string;
  subject_id: string;
  payload: Record<string, unknown>;
}

export function toFeedItem(row: FeedRow): FeedItem {
  return {
    cursor: encodeCursor(row.id),
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    agencyId: row.agency_ids[0],
    agencyIds: row.agency_ids,
    subject: { type: row.subject_type, id: row.subject_id },
    payload: row.payload,
  };
}

/**
 * GET /events: the feed in the order events were appended, scoped like every other read (an
 * agency's readers — its members and its provincial overseers — see its events, system
 * administrators all). Paging by `id > after` is safe because ids become visible in order
 * (see EventFeedAppender): a reader never passes an event that commits later.
 */
@Injectable()
export class EventFeed {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    ctx: RequestContext,
    query: { after?: string; limit: number; types?: string[] },
  ): Promise<FeedPage> {
    const after = query.after === undefined ? '0' : decodeCursor(query.after);
    const readable = ctx.readableAgencyIds();
    const rows = await this.dataSource.query<FeedRow[]>(
      `SELECT id::text AS id, type, occurred_at, agency_ids, subject_type, subject_id, payload
         FROM domain_events
        WHERE id > $1::bigint
          AND ($2::uuid[] IS NULL OR agency_ids && $2::uuid[])
          AND ($3::text[] IS NULL OR type = ANY($3::text[]))
        -- the column, not the text alias of the select list (which would sort 10 before 2)
        ORDER BY domain_events.id
        LIMIT $4`,
      [after, readable === 'ALL' ? null : readable, query.types ?? null, query.limit],
    );
    const items = rows.map(toFeedItem);
    return { items, nextCursor: items.length > 0 ? items[items.length - 1].cursor : (query.after ?? null) };
  }
}
