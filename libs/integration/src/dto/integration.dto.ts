import { Transform } from 'class-transformer';
import {
  eachIn,
  OptionalBool,
  OptionalEnum,
  OptionalIntQuery,
  OptionalList,
  OptionalMaxText,
  OptionalText,
  OptionalVersion,
  PageQuery,
  TextField,
} from '@app/platform';
import { FEED_EVENT_TYPES } from '../feed-catalog';

/** `types=a,b` or `types=a&types=b`: one list either way. */
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

/** A non-empty list of the feed's event types. */
const EVENT_TYPES = { min: 1, max: FEED_EVENT_TYPES.length };
const EventTypes = (doc: { nullable?: boolean; description: string }) =>
  OptionalList({ ...EVENT_TYPES, unique: true }, eachIn(FEED_EVENT_TYPES), {
    type: [String],
    enum: FEED_EVENT_TYPES,
    enumName: 'FeedEventType',
    ...doc,
  });

export class FeedQuery {
  @OptionalMaxText(64, {
    description: 'cursor from an earlier page (`nextCursor` or an item id); omitted: from the start',
  })
  after?: string;

  @OptionalIntQuery({ min: 1, max: 500 }, { type: 'integer', minimum: 1, maximum: 500, default: 100 })
  limit = 100;

  @OptionalList(EVENT_TYPES, eachIn(FEED_EVENT_TYPES), {
    type: [String],
    enum: FEED_EVENT_TYPES,
    enumName: 'FeedEventType',
    description: 'only these event types (comma-separated)',
  })
  @Transform(toList)
  types?: string[];
}

export class CreateWebhookDto {
  @TextField(1, 2000, { example: 'https://motcua.kontum.gov.vn/iso/webhook', description: 'http or https' })
  url: string;

  @EventTypes({ description: 'omitted: every event of the feed' })
  eventTypes?: string[];

  @OptionalBool({ default: true })
  active?: boolean;
}

export class UpdateWebhookDto {
  @OptionalText(1, 2000)
  url?: string;

  @EventTypes({ nullable: true, description: 'null: every event' })
  eventTypes?: string[] | null;

  @OptionalBool({ description: 'false deactivates the webhook (webhooks are never deleted)' })
  active?: boolean;

  @OptionalVersion({ description: 'the version read (or If-Match)' })
  version?: number;
}

/** `?page=&pageSize=&sort=`: an agency's webhooks, oldest first by default (sort: createdAt, url). */
export class WebhooksQuery extends PageQuery {}

/** The delivery log of a webhook, page by page, newest event first by default (sort: createdAt). */
export class WebhookDeliveriesQuery extends PageQuery {
  @OptionalEnum(['PENDING', 'DELIVERED', 'FAILED'], { enumName: 'WebhookDeliveryStatus' })
  status?: string;
}
