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

  /**
   * One subscriber for the whole catalogue (a decorator per event name would list it twice),
   * given each relayed batch's events at once: one transaction appends them all.
   */
  onModuleInit(): void {
    this.events.onBatch(FEED_EVENT_TYPES, (events) => this.appender.append(events));
  }

  @OnJob(JobName.DeliverWebhook)
  async deliver({ deliveryId }: JobPayloads[JobName.DeliverWebhook], job: Job): Promise<void> {
    await this.delivery.deliver(deliveryId, { made: job.attemptsMade, max: job.opts.attempts ?? 1 });
  }
}
