import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '@app/platform';
import { EventFeed, FeedQuery } from '@app/integration';

@ApiTags('integration')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly feed: EventFeed) {}

  /** The domain events the caller may see, in order, after a cursor. */
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: FeedQuery) {
    return this.feed.list(ctx, query);
  }
}
