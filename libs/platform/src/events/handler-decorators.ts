import type { AppConfig } from '../config/app-config';
import { JobName } from '../jobs/job-names';
import { EventName } from './event-map';

export const ON_EVENT = Symbol('handlers:onEvent');
export const ON_JOB = Symbol('handlers:onJob');

export interface OnJobOptions {
  /** Keep a BullMQ job scheduler for this job, every so many ms (read from the config). */
  every?: (config: AppConfig) => number;
}

export interface OnJobMetadata extends OnJobOptions {
  name: JobName;
}

function append<T>(key: symbol, value: T): MethodDecorator {
  return (_target, _key, descriptor) => {
    const method = descriptor.value as object;
    Reflect.defineMetadata(
      key,
      [...((Reflect.getMetadata(key, method) as T[] | undefined) ?? []), value],
      method,
    );
    return descriptor;
  };
}

/**
 * Subscribes a provider method to a relayed domain event: `(payload: EventMap[name], event)`.
 * Subscribers run in the relay's transaction and must be idempotent (an event may be relayed twice).
 */
export function OnEvent(name: EventName): MethodDecorator {
  return append(ON_EVENT, name);
}

/** Makes a provider method the handler of a job: `(payload: JobPayloads[name], job)`. One per job. */
export function OnJob(name: JobName, options: OnJobOptions = {}): MethodDecorator {
  return append<OnJobMetadata>(ON_JOB, { name, ...options });
}
