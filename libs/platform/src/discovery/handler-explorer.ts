import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { LifecycleHooks, ON_TRANSITION, OnTransitionMetadata } from '../lifecycle/lifecycle-hooks';
import type { TransitionHook } from '../lifecycle/lifecycle';

/**
 * Finds decorated provider methods once, when the modules are initialised, and hands them to
 * their registries (transition hooks), instead of each service registering itself by hand.
 */
@Injectable()
export class HandlerExplorer implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly hooks: LifecycleHooks,
  ) {}

  onModuleInit(): void {
    for (const { instance, method, owner } of this.methods()) {
      const transitions: OnTransitionMetadata[] | undefined = Reflect.getMetadata(ON_TRANSITION, method);
      for (const { lifecycle, filter } of transitions ?? []) {
        this.hooks.add(lifecycle.name, filter, method.bind(instance) as TransitionHook, owner);
      }
    }
  }

  private *methods(): Generator<{
    instance: object;
    method: (...args: unknown[]) => unknown;
    owner: string;
  }> {
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      // one instance per provider (a provider exported by several modules is listed once each)
      if (
        !instance ||
        typeof instance !== 'object' ||
        seen.has(instance) ||
        !wrapper.isDependencyTreeStatic()
      )
        continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = (prototype as Record<string, unknown>)[name];
        if (typeof method === 'function')
          yield {
            instance,
            method: method as (...args: unknown[]) => unknown,
            owner: `${instance.constructor.name}.${name}`,
          };
      }
    }
  }
}
