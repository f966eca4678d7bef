import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { activeSystemAdminIds } from '@app/identity';
import { MembershipsService } from '@app/organization';

export interface AdministratorAlert {
  /** The agency the alert is about: its AGENCY_ADMINs are told, as is every system administrator. */
  agencyId: string;
  kind: string;
  title: string;
  body: string;
}

/**
 * In-app notifications to the people who must act on a system problem (a stored file that no
 * longer matches its checksum): every active system administrator and the agency's
 * administrators. Written in the caller's transaction, with the change that raised it.
 */
@Injectable()
export class AdministratorAlerts {
  constructor(private readonly memberships: MembershipsService) {}

  async notify(manager: EntityManager, alert: AdministratorAlert): Promise<string[]> {
    const admins = await activeSystemAdminIds(manager);
    const agencyAdmins = await this.memberships.activeUserIdsWithRoles(
      [alert.agencyId],
      ['AGENCY_ADMIN'],
      manager,
    );
    const recipients = [...new Set([...admins, ...agencyAdmins])];
    if (recipients.length === 0) return [];
    await manager.query(
      `INSERT INTO notifications (user_id, agency_id, kind, title, body)
       SELECT u, $2, $3, $4, $5 FROM unnest($1::uuid[]) AS u`,
      [recipients, alert.agencyId, alert.kind, alert.title, alert.body],
    );
    return recipients;
  }
}
