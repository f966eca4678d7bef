import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AppConfig,
  assertVersion,
  DomainError,
  isUniqueViolation,
  Membership as MembershipView,
  Page,
  PRIVILEGED_ROLES,
  RequestContext,
  UnitOfWork,
  invalidField,
} from '@app/platform';
import { AgenciesService, MembershipsService } from '@app/organization';
import { PasswordHasher } from '../auth/password-hasher';
import { assertPasswordPolicy } from '../auth/password-policy';
import { SecurityEvents } from '../auth/security-events';
import { CreateUserDto, ListUsersQuery, MembershipDto, UpdateUserDto } from './dto/user.dto';
import { User, USER_HISTORY } from './user.entity';

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  isActive: boolean;
  isSystemAdmin: boolean;
  /** An administrator set the password; the user must replace it before doing anything else. */
  mustChangePassword: boolean;
  version: number;
  memberships: MembershipView[];
  createdAt: Date;
}

const SORTABLE = { username: 'u.username', fullName: 'u.full_name', createdAt: 'u.created_at' };

/**
 * Users are visible to whoever can read one of their agencies; administrators of an agency
 * manage the memberships in that agency only. Memberships in agencies the caller cannot read
 * are never shown.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly memberships: MembershipsService,
    private readonly agencies: AgenciesService,
    private readonly config: AppConfig,
  ) {}

  async list(ctx: RequestContext, query: ListUsersQuery): Promise<Page<UserView>> {
    const { column, direction } = query.orderBy(SORTABLE, 'username');
    const qb = this.uow.dataSource.getRepository(User).createQueryBuilder('u');
    const readable = ctx.readableAgencyIds();
    // who belongs where is organization's: it names the users, identity pages through them
    if (readable !== 'ALL') {
      const members = await this.memberships.userIdsIn(readable);
      qb.andWhere('(u.id = :self OR u.id = ANY(:members))', { self: ctx.userId, members });
    }
    if (query.agencyId || query.role) {
      const matching = await this.memberships.userIdsWhere({ agencyId: query.agencyId, role: query.role });
      qb.andWhere('u.id = ANY(:matching)', { matching });
    }
    if (query.q) {
      qb.andWhere(
        "(u.username ILIKE '%' || :q || '%' OR lower(f_unaccent(u.full_name)) LIKE '%' || lower(f_unaccent(:q)) || '%')",
        { q: query.q },
      );
    }
    qb.orderBy(column, direction).addOrderBy('u.id').skip(query.offset).take(query.pageSize);
    const [users, total] = await qb.getManyAndCount();
    const views = await Promise.all(users.map((u) => this.toView(ctx, u)));
    return query.result(views, total);
  }

  async get(ctx: RequestContext, id: string): Promise<UserView> {
    const user = await this.findVisible(ctx, id, this.uow.manager);
    return this.toView(ctx, user);
  }

  async me(ctx: RequestContext): Promise<UserView> {
    if (!ctx.userId) throw new DomainError('UNAUTHENTICATED');
    return this.get(ctx, ctx.userId);
  }

  async create(ctx: RequestContext, dto: CreateUserDto): Promise<UserView> {
    const memberships = dto.memberships ?? [];
    if (!ctx.isSystemAdmin) {
      if (ctx.agenciesWithRole('AGENCY_ADMIN').length === 0) throw DomainError.forbidden();
      if (memberships.length === 0) {
        throw invalidField(
          'memberships',
          'Danh sách vai trò (memberships) phải có ít nhất một cơ quan do bạn quản trị',
          'memberships must name at least one of your agencies',
        );
      }
    }
    this.assertMayGrant(ctx, memberships);
    assertPasswordPolicy(dto.password, dto.username);
    const passwordHash = await this.hasher.hash(dto.password);
    try {
      return await this.uow.run(ctx, async (tx) => {
        await this.assertAgenciesExist(tx.manager, memberships);
        const user = tx.manager.create(User, {
          username: dto.username,
          passwordHash,
          fullName: dto.fullName.normalize('NFC'),
          email: dto.email ?? null,
          isSystemAdmin: false,
          isActive: true,
          mustChangePassword: false,
          version: 1,
        });
        await tx.manager.insert(User, user);
        const { after } = await this.memberships.replace(tx.manager, user.id, memberships, 'ALL');
        tx.audit({
          subjectType: 'user',
          subjectId: user.id,
          agencyId: memberships[0]?.agencyId ?? null,
          action: 'create',
          to: 'ACTIVE',
          data: { username: user.username, fullName: user.fullName, email: user.email, memberships: after },
        });
        return this.toView(ctx, user, after);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError('DUPLICATE', { resource: 'user', field: 'username', value: dto.username });
      throw error;
    }
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateUserDto,
    expectedVersion?: number,
  ): Promise<UserView> {
    const isSelf = ctx.userId === id;
    if (isSelf && dto.password !== undefined) {
      throw invalidField(
        'password',
        'Đổi mật khẩu của chính mình qua POST /api/v1/me/password (cần mật khẩu hiện tại)',
        'change your own password with POST /api/v1/me/password (the current password is needed)',
      );
    }
    return this.uow.run(ctx, async (tx) => {
      const user = await this.findVisible(ctx, id, tx.manager, true);
      // one's own name and e-mail; anything else only for a user the caller fully manages
      if (!isSelf || dto.isActive !== undefined) await this.assertManages(ctx, user, tx.manager);
      assertVersion(expectedVersion, user.version);
      if (dto.password !== undefined) assertPasswordPolicy(dto.password, user.username);
      const passwordHash = dto.password !== undefined ? await this.hasher.hash(dto.password) : undefined;
      const wasActive = user.isActive;
      await USER_HISTORY.update(
        tx,
        user,
        { fullName: dto.fullName?.normalize('NFC'), email: dto.email, isActive: dto.isActive },
        {
          from: wasActive ? 'ACTIVE' : 'INACTIVE',
          to: (dto.isActive ?? wasActive) ? 'ACTIVE' : 'INACTIVE',
          data: { passwordChanged: passwordHash !== undefined },
          // an administrator's password works once: the user must replace it at next login
          set: passwordHash ? { passwordHash, mustChangePassword: true } : {},
        },
      );
      if (dto.isActive === false || passwordHash) {
        await tx.manager.query(
          'UPDATE sessions SET revoked_at = now(), revoke_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL',
          [id, dto.isActive === false ? 'deactivated' : 'password changed'],
        );
      }
      if (passwordHash)
        SecurityEvents.record(
          tx,
          id,
          'password.reset',
          { sessionsRevoked: true },
          'set by an administrator; must be changed at next login',
        );
      return this.toView(ctx, user);
    });
  }

  /** Replaces the user's memberships in the agencies the caller administers (all of them for a system admin). */
  async replaceMemberships(ctx: RequestContext, id: string, memberships: MembershipDto[]): Promise<UserView> {
    const duplicates = memberships.map((m) => m.agencyId).filter((a, i, all) => all.indexOf(a) !== i);
    if (duplicates.length > 0) {
      throw invalidField(
        'agencyId',
        `Cơ quan ${duplicates[0]} được liệt kê hai lần`,
        `agency listed twice: ${duplicates[0]}`,
      );
    }
    return this.uow.run(ctx, async (tx) => {
      const user = await this.findVisible(ctx, id, tx.manager, true);
      await this.assertManages(ctx, user, tx.manager);
      const scope = ctx.isSystemAdmin ? 'ALL' : ctx.agenciesWithRole('AGENCY_ADMIN');
      this.assertMayGrant(ctx, memberships);
      await this.assertAgenciesExist(tx.manager, memberships);
      const { before, after } = await this.memberships.replace(tx.manager, id, memberships, scope);
      // the account's own fields do not change: the entry's before/after are its memberships
      await USER_HISTORY.update(
        tx,
        user,
        {},
        {
          action: 'memberships.replace',
          agencyId: memberships[0]?.agencyId ?? before[0]?.agencyId ?? null,
          data: { before, after },
        },
      );
      return this.toView(ctx, user, after);
    });
  }

  /** Creates the first system administrator from the environment; safe when replicas start together. */
  async ensureBootstrapAdmin(): Promise<void> {
    const { ADMIN_USERNAME: username, ADMIN_PASSWORD: password } = this.config;
    if (!username || !password) return;
    const exists = await this.uow.dataSource.getRepository(User).exist({ where: { username } });
    if (exists) return;
    const passwordHash = await this.hasher.hash(password);
    try {
      await this.uow.run(RequestContext.system('bootstrap'), async (tx) => {
        const admin = tx.manager.create(User, {
          username,
          passwordHash,
          fullName: 'Quản trị hệ thống',
          email: null,
          isSystemAdmin: true,
          isActive: true,
          mustChangePassword: false,
          version: 1,
        });
        await USER_HISTORY.create(tx, admin, { to: 'ACTIVE', data: { username, isSystemAdmin: true } });
      });
    } catch (error) {
      // another replica created it first: nothing was written here
      if (!isUniqueViolation(error)) throw error;
    }
  }

  private assertMayGrant(ctx: RequestContext, memberships: MembershipDto[]): void {
    if (ctx.isSystemAdmin) return;
    for (const m of memberships) {
      if (!ctx.hasRole(m.agencyId, 'AGENCY_ADMIN')) {
        if (!ctx.canRead(m.agencyId)) throw DomainError.notFound('agency');
        throw DomainError.forbidden();
      }
      if (m.roles.some((r) => PRIVILEGED_ROLES.includes(r))) throw DomainError.forbidden();
    }
  }

  private async assertAgenciesExist(manager: EntityManager, memberships: MembershipDto[]): Promise<void> {
    const ids = memberships.map((m) => m.agencyId);
    const existing = await this.agencies.existingIds(ids, manager);
    if (ids.some((agencyId) => !existing.has(agencyId))) throw DomainError.notFound('agency');
  }

  /**
   * May the caller change this user's account (password, e-mail, active flag, memberships)? A
   * system administrator may; an agency administrator only when every membership of the user
   * lies in agencies they administer, and never for a system administrator or an OVERSIGHT
   * holder — otherwise an administrator of one agency could take over an account that acts in
   * another. The user's row is locked by the caller, and membership changes lock it too.
   */
  private async assertManages(ctx: RequestContext, user: User, manager: EntityManager): Promise<void> {
    if (ctx.isSystemAdmin) return;
    const adminOf = new Set(ctx.agenciesWithRole('AGENCY_ADMIN'));
    if (adminOf.size === 0 || user.isSystemAdmin) throw DomainError.forbidden();
    const memberships = await this.memberships.forUser(user.id, manager);
    const managed = memberships.every((m) => adminOf.has(m.agencyId) && !m.roles.includes('OVERSIGHT'));
    if (memberships.length === 0 || !managed) throw DomainError.forbidden();
  }

  private async findVisible(
    ctx: RequestContext,
    id: string,
    manager: EntityManager,
    lock = false,
  ): Promise<User> {
    const user = await manager
      .getRepository(User)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!user) throw DomainError.notFound('user');
    const readable = ctx.readableAgencyIds();
    if (readable === 'ALL' || ctx.userId === id) return user;
    const memberships = await this.memberships.forUser(id, manager);
    if (!memberships.some((m) => readable.includes(m.agencyId))) throw DomainError.notFound('user');
    return user;
  }

  private async toView(ctx: RequestContext, user: User, memberships?: MembershipView[]): Promise<UserView> {
    const all = memberships ?? (await this.memberships.forUser(user.id));
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      email: user.email,
      isActive: user.isActive,
      isSystemAdmin: user.isSystemAdmin,
      version: user.version,
      mustChangePassword: user.mustChangePassword,
      memberships: ctx.userId === user.id ? all : all.filter((m) => ctx.canRead(m.agencyId)),
      createdAt: user.createdAt,
    };
  }
}
