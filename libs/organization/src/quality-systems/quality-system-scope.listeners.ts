import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/platform';

/** A QMS whose scope (its text or its member agencies) has just changed, inside the changing transaction. */
export interface QualitySystemScopeChange {
  qualitySystemId: string;
  leadAgencyId: string;
  before: { scope: string; memberAgencyIds: string[] };
  after: { scope: string; memberAgencyIds: string[] };
}

export type QualitySystemScopeListener = (tx: Transaction, change: QualitySystemScopeChange) => Promise<void>;

/**
 * Lets other libs react to a change of a QMS's scope in the same transaction (oversight marks the
 * QMS's declaration as needing re-declaration), so organization imports none of them.
 */
@Injectable()
export class QualitySystemScopeListeners {
  private readonly listeners = new Map<string, QualitySystemScopeListener>();

  register(name: string, listener: QualitySystemScopeListener): void {
    if (this.listeners.has(name)) throw new Error(`quality-system scope listener "${name}" registered twice`);
    this.listeners.set(name, listener);
  }

  async notify(tx: Transaction, change: QualitySystemScopeChange): Promise<void> {
    for (const listener of this.listeners.values()) await listener(tx, change);
  }
}
