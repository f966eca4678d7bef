import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Membership, queryPrepared, RequestContext } from '@app/platform';
import { agencyIds, SESSION_USER_SQL, USER_CONTEXT_SQL } from '@app/reporting';

/** A row of SESSION_USER_SQL / USER_CONTEXT_SQL: the user, their memberships, oversight subtree, merged agencies and quality-system partners. */
interface UserContextRow {
  id: string;
  username: string;
  full_name: string;
  is_system_admin: boolean;
  must_change_password: boolean;
  memberships: Membership[];
  /** agencyIds() lists. */
  oversight: string;
  former: string;
  shared: string;
  /** agencyIds() list of search regions. */
  regions: string;
}

/** Builds the caller's RequestContext from the database on every request, so role changes apply at once. */
@Injectable()
export class ContextLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Undefined when the user is gone or inactive, or the session was revoked. One statement (user,
   * session, memberships, the oversight subtree and merged agencies), prepared once per
   * connection, since it runs before every authenticated request. Also tells whether the user
   * still has to replace a password an administrator set.
   */
  async forSession(
    userId: string,
    sessionId: string,
    requestId: string,
  ): Promise<{ ctx: RequestContext; mustChangePassword: boolean } | undefined> {
    const [row] = await queryPrepared<UserContextRow>(this.dataSource, 'session-user', SESSION_USER_SQL, [
      userId,
      sessionId,
    ]);
    if (!row) return undefined;
    return { ctx: this.context(row, requestId), mustChangePassword: row.must_change_password };
  }

  async forUser(userId: string, requestId = ''): Promise<RequestContext | undefined> {
    const [row] = await this.dataSource.query<UserContextRow[]>(USER_CONTEXT_SQL, [userId]);
    return row ? this.context(row, requestId) : undefined;
  }

  private context(row: UserContextRow, requestId: string): RequestContext {
    const all = row.is_system_admin ? [{ agencyId: '*', roles: ['SYSTEM_ADMIN' as const] }] : [];
    return new RequestContext(
      { id: row.id, username: row.username, fullName: row.full_name },
      [...all, ...row.memberships],
      agencyIds(row.oversight),
      requestId,
      agencyIds(row.former),
      agencyIds(row.shared),
      agencyIds(row.regions),
    );
  }
}
