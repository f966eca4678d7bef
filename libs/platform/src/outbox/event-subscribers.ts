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

/** A relayed event with its payload, as a batch subscriber receives it. */
export type RelayedPayloadEvent = RelayedEvent & { payload: Readonly<Record<string, unknown>> };

/** Takes, once per relayed batch, the batch's events of the types it was registered for. */
export type BatchSubscriber = (events: RelayedPayloadEvent[]) => Promise<void>;

/**
 * What the outbox relay does with each committed event: the `@OnEvent` methods found at
 * start-up, and the batch subscribers. Subscribers only enqueue jobs (with ids derived from the
 * event's subject) or append idempotently, so relaying an event twice changes nothing.
 */
@Injectable()
export class EventSubscribers {
  private readonly subscribers = new Map<string, EventSubscriber[]>();
  private readonly batchSubscribers: { types: Set<string>; subscriber: BatchSubscriber }[] = [];

  on<K extends EventName>(type: K, subscriber: EventSubscriber<K>): void;
  /** For a name known only at run time: assertCovered refuses one the event map lacks. */
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

  /**
   * For a subscriber that does the same with every event of a list and is cheaper once per batch
   * than once per event (the integration feed: one transaction for a batch's appends).
   */
  onBatch(types: readonly string[], subscriber: BatchSubscriber): void {
    this.batchSubscribers.push({ types: new Set(types), subscriber });
  }

  /** Event names with at least one subscriber in this application. */
  consumed(): string[] {
    return [...new Set([...this.subscribers.keys(), ...this.batchSubscribers.flatMap((b) => [...b.types])])];
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

  /** Each event to its subscribers in order, then each batch subscriber its share of the events. */
  async dispatch(events: (RelayedEvent & { payload: unknown })[]): Promise<void> {
    for (const event of events)
      for (const subscriber of this.subscribers.get(event.type) ?? [])
        await subscriber(event.payload as EventMap[EventName], event);
    for (const { types, subscriber } of this.batchSubscribers) {
      const mine = events.filter((event) => types.has(event.type));
      // the payload is the outbox row's JSON object: typed for the subscriber, not copied
      if (mine.length > 0) await subscriber(mine as RelayedPayloadEvent[]);
    }
  }
}
