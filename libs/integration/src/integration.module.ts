import { Module } from '@nestjs/common';
import { OrganizationModule } from '@app/organization';
import { EventFeed } from './event-feed';
import { EventFeedAppender } from './event-feed-appender';
import { WebhookDelivery } from './webhook-delivery';
import { WebhooksService } from './webhooks.service';

const EXPORTED = [EventFeed, EventFeedAppender, WebhookDelivery, WebhooksService];

/**
 * The integration feed for other systems (GET /events) and per-agency signed webhooks. Reads
 * only its own tables (domain_events, webhooks, webhook_deliveries); the agency check goes
 * through organization's service.
 */
@Module({
  imports: [OrganizationModule],
  providers: EXPORTED,
  exports: EXPORTED,
})
export class IntegrationModule {}
