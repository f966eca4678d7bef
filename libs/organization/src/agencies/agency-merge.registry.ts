import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Re-points a lib's records from a merged agency to the surviving one, inside the merge
 * transaction. Libs that own agency-scoped data register one, so organization imports none of them.
 */
export type AgencyMergeParticipant = (
  manager: EntityManager,
  fromAgencyId: string,
  intoAgencyId: string,
) => Promise<void>;

@Injectable()
export class AgencyMergeRegistry {
  private readonly participants = new Map<string, AgencyMergeParticipant>();

  register(name: string, participant: AgencyMergeParticipant): void {
    if (this.participants.has(name)) throw new Error(`agency merge participant "${name}" registered twice`);
    this.participants.set(name, participant);
  }

  async runAll(manager: EntityManager, fromAgencyId: string, intoAgencyId: string): Promise<void> {
    for (const participant of this.participants.values()) {
      await participant(manager, fromAgencyId, intoAgencyId);
    }
  }
}
