import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { activeUserIds } from '@app/identity';
import { AgenciesService, MembershipsService } from '@app/organization';
import { Role } from '@app/platform';
import { EscalationLevel } from './cadence';

export interface DeadlineParties {
  agencyId: string;
  responsibleUserIds: string[];
  responsibleRole: string | null;
}

/** Who a reminder goes to: the responsible people, plus each level of the chain reached so far. */
@Injectable()
export class ReminderRecipients {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly agencies: AgenciesService,
  ) {}

  async resolve(
    manager: EntityManager,
    deadline: DeadlineParties,
    level: EscalationLevel,
  ): Promise<string[]> {
    const [recipients] = await this.resolveMany(manager, [{ ...deadline, level }]);
    return recipients;
  }

  /**
   * The recipients of many reminders at once (a batch of due steps): whether the named people
   * are active is one query for the whole batch, and each agency's role holders and oversight
   * chain are looked up once however many of its deadlines the batch holds.
   */
  async resolveMany(
    manager: EntityManager,
    deadlines: (DeadlineParties & { level: EscalationLevel })[],
  ): Promise<string[][]> {
    const active = new Set(
      await activeUserIds(manager, [...new Set(deadlines.flatMap((d) => d.responsibleUserIds))]),
    );
    const cache = new Map<string, Promise<string[]>>();
    const once = (key: string, load: () => Promise<string[]>) => {
      if (!cache.has(key)) cache.set(key, load());
      return cache.get(key)!;
    };
    const inAgency = (agencyId: string, role: Role) =>
      once(`${agencyId}:${role}`, () => this.memberships.activeUserIdsWithRoles([agencyId], [role], manager));
    const oversightAbove = (agencyId: string) =>
      once(`${agencyId}:above`, async () => {
        const above = await this.agencies.ancestorIds(agencyId, manager);
        return this.memberships.activeUserIdsWithRoles(above, ['OVERSIGHT'], manager);
      });
    const resolved: string[][] = [];
    // one after the other: the look-ups share the batch's transaction (one connection)
    for (const deadline of deadlines) {
      let responsible = deadline.responsibleUserIds.filter((id) => active.has(id));
      if (responsible.length === 0 && deadline.responsibleRole)
        responsible = await inAgency(deadline.agencyId, deadline.responsibleRole as Role);
      // nobody named and nobody in the role: the ISO secretary answers for the agency's deadlines
      if (responsible.length === 0) responsible = await inAgency(deadline.agencyId, 'ISO_SECRETARY');
      const recipients = new Set(responsible);
      if (deadline.level >= 1)
        (await inAgency(deadline.agencyId, 'ISO_SECRETARY')).forEach((id) => recipients.add(id));
      if (deadline.level >= 2)
        (await inAgency(deadline.agencyId, 'APPROVER')).forEach((id) => recipients.add(id));
      if (deadline.level >= 3) (await oversightAbove(deadline.agencyId)).forEach((id) => recipients.add(id));
      resolved.push([...recipients].sort());
    }
    return resolved;
  }
}
