import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext, withVersion } from '@app/platform';
import {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveriesQuery,
  WebhooksQuery,
  WebhooksService,
} from '@app/integration';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('integration')
@ApiBearerAuth()
@Controller('agencies/:id/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string, @Query() query: WebhooksQuery) {
    return this.webhooks.list(ctx, agencyId, query);
  }

  /** The answer carries the signing secret: it is shown this once. */
  @Post()
  create(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string, @Body() dto: CreateWebhookDto) {
    return this.webhooks.create(ctx, agencyId, dto);
  }

  /** Changes the URL or event types, or deactivates (`active: false`); webhooks are never deleted. */
  @Patch(':webhookId')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) agencyId: string,
    @Param('webhookId', uuidPipe) id: string,
    @Body() dto: UpdateWebhookDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.webhooks.update(ctx, agencyId, id, withVersion(dto, version));
  }

  @Get(':webhookId/deliveries')
  deliveries(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) agencyId: string,
    @Param('webhookId', uuidPipe) id: string,
    @Query() query: WebhookDeliveriesQuery,
  ) {
    return this.webhooks.deliveries(ctx, agencyId, id, query);
  }
}
