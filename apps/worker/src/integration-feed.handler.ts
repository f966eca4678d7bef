import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EventSubscribers, JobName, JobPayloads, OnJob } from '@app/platform';
import { EventFeedAppender, FEED_EVENT_TYPES, WebhookDelivery } from '@app/integration';

/**
 * Every relayed event of the feed's catalogue is appended to the integration feed (which plans
 * its webhook deliveries); each delivery is a job retried with exponential backoff.
 */
@Injectable()
export class IntegrationFeedHandler implements OnModuleInit {
  constructor(
    private readonly events: EventSubscribers,
    private readonly appender: EventFeedAppender,
    private readonly delivery: WebhookDelivery,
  ) {}

  /** One subscriber for the whole catalogue (a decorator per event name would list it twice). */
  onModuleInit(): void {
    for (const type of FEED_EVENT_TYPES)
      this.events.on(type, (payload, event) => this.appender.append(event, payload));
  }

  @OnJob(JobName.DeliverWebhook)
  async deliver({ deliveryId }: JobPayloads[JobName.DeliverWebhook], job: Job): Promise<void> {
    await this.delivery.deliver(deliveryId, { made: job.attemptsMade, max: job.opts.attempts ?? 1 });
  }
}
