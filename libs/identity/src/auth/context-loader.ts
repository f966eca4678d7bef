import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Membership, RequestContext } from '@app/platform';
import { AgenciesService, MembershipsService } from '@app/organization';
import { SESSION_USER_SQL } from '@app/reporting';

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  is_system_admin: boolean;
}

/** Builds the caller's RequestContext from the database on every request, so role changes apply at once. */
@Injectable()
export class ContextLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    private readonly agencies: AgenciesService,
  ) {}

  /**
   * Undefined when the user is gone or inactive, or the session was revoked. One statement (user,
   * session, memberships, the oversight subtree and merged agencies), since it runs before every
   * authenticated request. Also tells whether the user still has to replace a password an
   * administrator set.
   */
  async forSession(
    userId: string,
    sessionId: string,
    requestId: string,
  ): Promise<{ ctx: RequestContext; mustChangePassword: boolean } | undefined> {
    const [row] = await this.dataSource.query<
      (UserRow & {
        memberships: Membership[];
        oversight: string[];
        former: string[];
        must_change_password: boolean;
      })[]
    >(SESSION_USER_SQL, [userId, sessionId]);
    if (!row) return undefined;
    return {
      ctx: this.context(row, row.memberships, row.oversight, row.former, requestId),
      mustChangePassword: row.must_change_password,
    };
  }

  async forUser(userId: string, requestId = ''): Promise<RequestContext | undefined> {
    const [row] = await this.dataSource.query<UserRow[]>(
      'SELECT id, username, full_name, is_system_admin FROM users WHERE id = $1 AND is_active',
      [userId],
    );
    return row ? this.build(row, await this.memberships.forUser(row.id), requestId) : undefined;
  }

  private async build(row: UserRow, memberships: Membership[], requestId: string): Promise<RequestContext> {
    const oversightRoots = memberships.filter((m) => m.roles.includes('OVERSIGHT')).map((m) => m.agencyId);
    const oversight = await this.agencies.subtreeIds(oversightRoots);
    // the history of agencies merged into the caller's is the caller's agency's history
    const former = row.is_system_admin
      ? []
      : await this.agencies.absorbedInto(memberships.map((m) => m.agencyId));
    return this.context(row, memberships, oversight, former, requestId);
  }

  private context(
    row: UserRow,
    memberships: Membership[],
    oversight: string[],
    former: string[],
    requestId: string,
  ): RequestContext {
    const all = row.is_system_admin ? [{ agencyId: '*', roles: ['SYSTEM_ADMIN' as const] }] : [];
    return new RequestContext(
      { id: row.id, username: row.username, fullName: row.full_name },
      [...all, ...memberships],
      oversight,
      requestId,
      former,
    );
  }
}
