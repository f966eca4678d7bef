import { Injectable } from '@nestjs/common';
import type { Transaction } from '../database/unit-of-work';
import type { Lifecycle, LifecycleSubject, TransitionChange, TransitionHook } from './lifecycle';

export type TransitionPhase = 'start' | 'end';

export interface TransitionHookFilter<S extends string> {
  from?: S | readonly S[];
  to?: S | readonly S[];
  action?: string;
  /** `start`: a guard run before the UPDATE (throw to refuse); `end` (default): a side effect after it. */
  phase?: TransitionPhase;
}

interface RegisteredHook {
  lifecycle: string;
  filter: TransitionHookFilter<string>;
  hook: TransitionHook;
  owner: string;
}

export const ON_TRANSITION = Symbol('lifecycle:onTransition');

export interface OnTransitionMetadata {
  lifecycle: Lifecycle<string>;
  filter: TransitionHookFilter<string>;
}

/**
 * Marks a provider method as a hook of a lifecycle, found at start-up by the handler explorer:
 * `@OnTransition(VERSION_LIFECYCLE, { to: 'EFFECTIVE' })`. The method receives `(tx, change)`
 * and runs inside the transaction of the transition.
 */
export function OnTransition<S extends string, T extends LifecycleSubject<S>>(
  lifecycle: Lifecycle<S, T>,
  filter: TransitionHookFilter<S> = {},
): MethodDecorator {
  return (target, key, descriptor) => {
    const list: OnTransitionMetadata[] = Reflect.getMetadata(ON_TRANSITION, descriptor.value as object) ?? [];
    list.push({ lifecycle: lifecycle as unknown as Lifecycle<string>, filter });
    Reflect.defineMetadata(ON_TRANSITION, list, descriptor.value as object);
    return descriptor;
  };
}

/** The transition hooks of one application (filled by the handler explorer). */
@Injectable()
export class LifecycleHooks {
  private readonly hooks: RegisteredHook[] = [];

  add(lifecycle: string, filter: TransitionHookFilter<string>, hook: TransitionHook, owner: string): void {
    this.hooks.push({ lifecycle, filter, hook, owner });
  }

  /** Who hooks what, for start-up logs and tests. */
  describe(): { lifecycle: string; owner: string; phase: TransitionPhase }[] {
    return this.hooks.map((h) => ({
      lifecycle: h.lifecycle,
      owner: h.owner,
      phase: h.filter.phase ?? 'end',
    }));
  }

  async run(phase: TransitionPhase, tx: Transaction, change: TransitionChange<string>): Promise<void> {
    for (const { lifecycle, filter, hook } of this.hooks) {
      if (lifecycle !== change.lifecycle.name || (filter.phase ?? 'end') !== phase) continue;
      if (!matches(filter.from, change.from) || !matches(filter.to, change.to)) continue;
      if (filter.action !== undefined && filter.action !== change.action) continue;
      await hook(tx, change);
    }
  }
}

function matches(wanted: string | readonly string[] | undefined, state: string): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? wanted === state : wanted.includes(state);
}
