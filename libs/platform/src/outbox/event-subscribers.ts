import { Injectable } from '@nestjs/common';
import { EVENT_NAMES, EventMap, EventName } from '../events/event-map';

export interface RelayedEvent {
  id: string;
  type: string;
  createdAt: Date;
}

export type EventSubscriber<K extends EventName = EventName> = (
  payload: EventMap[K],
  event: RelayedEvent,
) => Promise<void>;

/**
 * What the outbox relay does with each committed event: the `@OnEvent` methods found at
 * start-up. Subscribers only enqueue jobs (with ids derived from the event's subject), so
 * relaying an event twice changes nothing.
 */
@Injectable()
export class EventSubscribers {
  private readonly subscribers = new Map<string, EventSubscriber[]>();

  on<K extends EventName>(type: K, subscriber: EventSubscriber<K>): void;
  /** For a subscriber that takes every event of a list alike (the integration feed's catalogue). */
  on(
    type: string,
    subscriber: (payload: Readonly<Record<string, unknown>>, event: RelayedEvent) => Promise<void>,
  ): void;
  on(type: string, subscriber: (payload: never, event: RelayedEvent) => Promise<void>): void {
    this.subscribers.set(type, [
      ...(this.subscribers.get(type) ?? []),
      subscriber as unknown as EventSubscriber,
    ]);
  }

  /** Event names with at least one subscriber in this application. */
  consumed(): string[] {
    return [...this.subscribers.keys()];
  }

  /**
   * Fails start-up when an event of the map has no subscriber and is not in `published` (the
   * integration feed and the documented waiting list), or when a subscriber names no event.
   */
  assertCovered(published: readonly string[]): void {
    const covered = new Set([...this.consumed(), ...published]);
    const missing = EVENT_NAMES.filter((name) => !covered.has(name));
    if (missing.length > 0) throw new Error(`no consumer for event(s): ${missing.join(', ')}`);
    const unknown = this.consumed().filter((name) => !(EVENT_NAMES as string[]).includes(name));
    if (unknown.length > 0) throw new Error(`subscriber(s) for unknown event(s): ${unknown.join(', ')}`);
  }

  async dispatch(event: RelayedEvent & { payload: unknown }): Promise<void> {
    for (const subscriber of this.subscribers.get(event.type) ?? [])
      await subscriber(event.payload as EventMap[EventName], event);
  }
}
