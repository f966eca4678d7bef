import { Injectable } from '@nestjs/common';

export type EventSubscriber = (
  payload: Record<string, any>,
  event: { id: string; type: string; createdAt: Date },
) => Promise<void>;

/**
 * What the outbox relay does with each committed event. Subscribers only enqueue jobs (with
 * ids derived from the event's subject), so relaying an event twice changes nothing.
 */
@Injectable()
export class EventSubscribers {
  private readonly subscribers = new Map<string, EventSubscriber[]>();

  on(type: string, subscriber: EventSubscriber): void {
    this.subscribers.set(type, [...(this.subscribers.get(type) ?? []), subscriber]);
  }

  async dispatch(event: {
    id: string;
    type: string;
    payload: Record<string, any>;
    createdAt: Date;
  }): Promise<void> {
    for (const subscriber of this.subscribers.get(event.type) ?? []) await subscriber(event.payload, event);
  }
}
