import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext } from '@app/platform';
import { AgenciesService, MembershipsService } from '@app/organization';

/** Builds the caller's RequestContext from the database on every request, so role changes apply at once. */
@Injectable()
export class ContextLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    private readonly agencies: AgenciesService,
  ) {}

  /** Undefined when the user is gone or inactive, or the session was revoked. */
  async forSession(
    userId: string,
    sessionId: string,
    requestId: string,
  ): Promise<RequestContext | undefined> {
    const [row] = await this.dataSource.query<
      { id: string; username: string; full_name: string; is_system_admin: boolean }[]
    >(
      `SELECT u.id, u.username, u.full_name, u.is_system_admin
         FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.is_active AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [userId, sessionId],
    );
    if (!row) return undefined;
    return this.build(row, requestId);
  }

  async forUser(userId: string, requestId = ''): Promise<RequestContext | undefined> {
    const [row] = await this.dataSource.query<
      { id: string; username: string; full_name: string; is_system_admin: boolean }[]
    >('SELECT id, username, full_name, is_system_admin FROM users WHERE id = $1 AND is_active', [userId]);
    return row ? this.build(row, requestId) : undefined;
  }

  private async build(
    row: { id: string; username: string; full_name: string; is_system_admin: boolean },
    requestId: string,
  ): Promise<RequestContext> {
    const memberships = await this.memberships.forUser(row.id);
    const oversightRoots = memberships.filter((m) => m.roles.includes('OVERSIGHT')).map((m) => m.agencyId);
    const oversight = await this.agencies.subtreeIds(oversightRoots);
    const all = row.is_system_admin ? [{ agencyId: '*', roles: ['SYSTEM_ADMIN' as const] }] : [];
    return new RequestContext(
      { id: row.id, username: row.username, fullName: row.full_name },
      [...all, ...memberships],
      oversight,
      requestId,
    );
  }
}
