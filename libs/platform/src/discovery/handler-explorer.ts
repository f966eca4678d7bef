import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { EventName } from '../events/event-map';
import { ON_EVENT, ON_JOB, OnJobMetadata } from '../events/handler-decorators';
import { JobHandler, JobHandlers } from '../jobs/job-handlers';
import { LifecycleHooks, ON_TRANSITION, OnTransitionMetadata } from '../lifecycle/lifecycle-hooks';
import type { TransitionHook } from '../lifecycle/lifecycle';
import { EventSubscriber, EventSubscribers } from '../outbox/event-subscribers';

type Method = (...args: unknown[]) => unknown;

/**
 * Finds the decorated provider methods once, when the modules are initialised, and hands them
 * to their registries: `@OnTransition` hooks, `@OnEvent` subscribers, `@OnJob` handlers (a job
 * with two handlers fails here; one with none fails the worker's start-up).
 */
@Injectable()
export class HandlerExplorer implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly hooks: LifecycleHooks,
    private readonly events: EventSubscribers,
    private readonly jobs: JobHandlers,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const { instance, method, owner } of this.methods()) {
      const bound: Method = (...args) => method.apply(instance, args);
      const transitions = Reflect.getMetadata(ON_TRANSITION, method) as OnTransitionMetadata[] | undefined;
      for (const { lifecycle, filter } of transitions ?? [])
        this.hooks.add(lifecycle.name, filter, bound as TransitionHook, owner);
      const events = Reflect.getMetadata(ON_EVENT, method) as EventName[] | undefined;
      for (const name of events ?? []) this.events.on(name, bound as EventSubscriber);
      const jobs = Reflect.getMetadata(ON_JOB, method) as OnJobMetadata[] | undefined;
      for (const { name, every } of jobs ?? []) {
        this.jobs.register(name, bound as JobHandler<typeof name>);
        if (every) this.jobs.every(name, every(this.config));
      }
    }
  }

  private *methods(): Generator<{ instance: object; method: Method; owner: string }> {
    const seen = new Set<unknown>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      // one visit per class: a provider listed by two modules must not run its hooks twice
      if (seen.has(instance.constructor)) continue;
      seen.add(instance.constructor);
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = (prototype as Record<string, unknown>)[name];
        if (typeof method === 'function')
          yield { instance, method: method as Method, owner: `${instance.constructor.name}.${name}` };
      }
    }
  }
}
