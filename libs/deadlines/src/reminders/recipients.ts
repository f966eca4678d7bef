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
    const inAgency = (...roles: Role[]) =>
      this.memberships.activeUserIdsWithRoles([deadline.agencyId], roles, manager);
    let responsible = await this.activeOnly(manager, deadline.responsibleUserIds);
    if (responsible.length === 0 && deadline.responsibleRole)
      responsible = await inAgency(deadline.responsibleRole as Role);
    // nobody named and nobody in the role: the ISO secretary answers for the agency's deadlines
    if (responsible.length === 0) responsible = await inAgency('ISO_SECRETARY');
    const recipients = new Set(responsible);
    if (level >= 1) (await inAgency('ISO_SECRETARY')).forEach((id) => recipients.add(id));
    if (level >= 2) (await inAgency('APPROVER')).forEach((id) => recipients.add(id));
    if (level >= 3) {
      const above = await this.agencies.ancestorIds(deadline.agencyId, manager);
      const oversight = await this.memberships.activeUserIdsWithRoles(above, ['OVERSIGHT'], manager);
      oversight.forEach((id) => recipients.add(id));
    }
    return [...recipients].sort();
  }

  private async activeOnly(manager: EntityManager, userIds: string[]): Promise<string[]> {
    return activeUserIds(manager, userIds);
  }
}
