import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Membership as MembershipView, Role } from '@app/platform';
import { activeUserIdsWithRoles } from '@app/reporting';
import { AgencyMergeRegistry } from '../agencies/agency-merge.registry';
import { Membership } from './membership.entity';

@Injectable()
export class MembershipsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mergeRegistry: AgencyMergeRegistry,
  ) {}

  onModuleInit(): void {
    // a merged agency's members keep their roles, now in the surviving agency
    // (a dissolution: to the agency the mapping names for the user, else to the main successor)
    this.mergeRegistry.register('memberships', async (manager, fromId, intoId, transfer) => {
      await manager.query(
        `INSERT INTO memberships (user_id, agency_id, roles)
           SELECT m.user_id, COALESCE(t.agency_id, $2), m.roles FROM memberships m
             LEFT JOIN unnest($3::uuid[], $4::uuid[]) AS t(user_id, agency_id) ON t.user_id = m.user_id
            WHERE m.agency_id = $1
         ON CONFLICT (user_id, agency_id) DO UPDATE
           SET roles = ARRAY(SELECT DISTINCT unnest(memberships.roles || EXCLUDED.roles) ORDER BY 1)`,
        [fromId, intoId, [...transfer.userTargets.keys()], [...transfer.userTargets.values()]],
      );
      await manager.delete(Membership, { agencyId: fromId });
    });
  }

  async forUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<MembershipView[]> {
    const rows = await manager.find(Membership, { where: { userId }, order: { agencyId: 'ASC' } });
    return rows.map((m) => ({ agencyId: m.agencyId, roles: m.roles }));
  }

  /** Replaces the user's memberships within `agencyScope` ('ALL' = every agency); others are kept. */
  async replace(
    manager: EntityManager,
    userId: string,
    memberships: { agencyId: string; roles: Role[] }[],
    agencyScope: string[] | 'ALL',
  ): Promise<{ before: MembershipView[]; after: MembershipView[] }> {
    const before = await this.forUser(userId, manager);
    const inScope = (agencyId: string) => agencyScope === 'ALL' || agencyScope.includes(agencyId);
    const removed = before.filter((m) => inScope(m.agencyId)).map((m) => m.agencyId);
    if (removed.length > 0) {
      await manager.query('DELETE FROM memberships WHERE user_id = $1 AND agency_id = ANY($2::uuid[])', [
        userId,
        removed,
      ]);
    }
    const rows = memberships
      .filter((m) => m.roles.length > 0)
      .map((m) => ({ userId, agencyId: m.agencyId, roles: [...new Set(m.roles)].sort() }));
    if (rows.length > 0) await manager.insert(Membership, rows);
    return { before, after: await this.forUser(userId, manager) };
  }

  /** Users holding a membership that matches: in the agency, with the role (each optional). */
  async userIdsWhere(filter: { agencyId?: string; role?: Role }): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT DISTINCT user_id FROM memberships
        WHERE ($1::uuid IS NULL OR agency_id = $1) AND ($2::text IS NULL OR $2 = ANY(roles))`,
      [filter.agencyId ?? null, filter.role ?? null],
    );
    return rows.map((r) => r.user_id);
  }

  /** Users holding a membership in any of the agencies. */
  async userIdsIn(agencyIds: string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      'SELECT DISTINCT user_id FROM memberships WHERE agency_id = ANY($1::uuid[])',
      [agencyIds],
    );
    return rows.map((r) => r.user_id);
  }

  /** Active users holding one of the roles in one of the agencies (who to remind or escalate to). */
  async activeUserIdsWithRoles(
    agencyIds: string[],
    roles: Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    // Whether a user is active is identity's: the join is a read model of @app/reporting.
    return activeUserIdsWithRoles(manager, agencyIds, roles);
  }
}
