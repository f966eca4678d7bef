import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
} from 'class-validator';
import { FEED_EVENT_TYPES } from '../feed-catalog';
import { TextField, OptionalText, OptionalMaxText, PageQuery } from '@app/platform';

/** `types=a,b` or `types=a&types=b`: one list either way. */
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

export class FeedQuery {
  @OptionalMaxText(64, {
    description: 'cursor from an earlier page (`nextCursor` or an item id); omitted: from the start',
  })
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;

  @ApiPropertyOptional({
    type: [String],
    enum: FEED_EVENT_TYPES,
    enumName: 'FeedEventType',
    description: 'only these event types (comma-separated)',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FEED_EVENT_TYPES.length)
  @IsIn(FEED_EVENT_TYPES, { each: true })
  types?: string[];
}

export class CreateWebhookDto {
  @TextField(1, 2000, { example: 'https://motcua.kontum.gov.vn/iso/webhook', description: 'http or https' })
  url: string;

  @ApiPropertyOptional({
    type: [String],
    enum: FEED_EVENT_TYPES,
    enumName: 'FeedEventType',
    description: 'omitted: every event of the feed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FEED_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(FEED_EVENT_TYPES, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateWebhookDto {
  @OptionalText(1, 2000)
  url?: string;

  @ApiPropertyOptional({
    type: [String],
    enum: FEED_EVENT_TYPES,
    enumName: 'FeedEventType',
    nullable: true,
    description: 'null: every event',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FEED_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(FEED_EVENT_TYPES, { each: true })
  eventTypes?: string[] | null;

  @ApiPropertyOptional({ description: 'false deactivates the webhook (webhooks are never deleted)' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'the version read (or If-Match)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

/** `?page=&pageSize=&sort=`: an agency's webhooks, oldest first by default (sort: createdAt, url). */
export class WebhooksQuery extends PageQuery {}

/** The delivery log of a webhook, page by page, newest event first by default (sort: createdAt). */
export class WebhookDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['PENDING', 'DELIVERED', 'FAILED'], enumName: 'WebhookDeliveryStatus' })
  @IsOptional()
  @IsIn(['PENDING', 'DELIVERED', 'FAILED'])
  status?: string;
}
