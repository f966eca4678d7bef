import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EntityManager, ObjectLiteral } from 'typeorm';
import {
  AppConfig,
  DomainError,
  RequestContext,
  UnitOfWork,
  updateReturning,
  invalidField,
} from '@app/platform';
import { User } from '../users/user.entity';
import { ChangePasswordDto, TokenPair } from './dto/auth.dto';
import { clientAddressKey } from './client-address';
import { CountedAttempt, LoginThrottle, LoginThrottled } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { assertPasswordPolicy } from './password-policy';
import { LoginAttempt, SecurityEventMap, SecurityEvents } from './security-events';
import { RefreshToken, Session } from './session.entity';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger('AuthService');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly config: AppConfig,
  ) {}

  /**
   * Checks a username and password. The attempt is counted (per address, username and globally)
   * before the password is checked, and refunded only when it is right; failures and lockouts
   * go to the audit trail (within the throttle's audit budget).
   */
  async validateCredentials(
    username: string,
    password: string,
    address: string | undefined,
    requestId: string,
  ): Promise<User> {
    let attempt: CountedAttempt;
    try {
      attempt = await this.throttle.attempt(username, address);
    } catch (error) {
      if (error instanceof LoginThrottled && error.firstRefusal) {
        const subject =
          error.bucket === 'address'
            ? { subjectType: 'client-address', subjectId: clientAddressKey(address) }
            : error.bucket === 'global'
              ? { subjectType: 'login', subjectId: 'global' }
              : undefined;
        await this.auditLoginEvent(
          requestId,
          'login.locked',
          username,
          address,
          { bucket: error.bucket, retryAfter: error.retryAfter },
          subject,
        );
      }
      throw error;
    }
    const user = await this.withPasswordHash('u.username = :username', { username });
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || !user.isActive) {
      const reason = !user ? 'unknown user' : !valid ? 'wrong password' : 'inactive';
      await this.auditLoginEvent(
        requestId,
        'login.failed',
        username,
        address,
        { reason },
        user ? { subjectType: 'user', subjectId: user.id } : undefined,
      );
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await this.throttle.refund(attempt);
    return user;
  }

  /**
   * A user's own password change: needs the current password (counted by the login throttle
   * like a login), applies the policy, clears a pending administrator reset and ends every
   * other session of the user.
   */
  async changeOwnPassword(
    ctx: RequestContext,
    sessionId: string,
    dto: ChangePasswordDto,
    address: string | undefined,
  ): Promise<void> {
    const userId = ctx.userId;
    if (!userId || !ctx.actor) throw new DomainError('UNAUTHENTICATED');
    const attempt = await this.throttle.attempt(ctx.actor.username, address);
    const stored = await this.withPasswordHash('u.id = :userId', { userId });
    if (!stored || !(await this.hasher.verify(stored.passwordHash, dto.currentPassword))) {
      await this.uow.run(ctx, async (tx) =>
        SecurityEvents.record(tx, userId, 'password.change_failed', { address }),
      );
      throw invalidField('currentPassword', 'Mật khẩu hiện tại không đúng', 'the current password is wrong');
    }
    await this.throttle.refund(attempt);
    assertPasswordPolicy(dto.newPassword, stored.username, 'newPassword');
    if (dto.newPassword.normalize('NFC') === dto.currentPassword.normalize('NFC')) {
      throw invalidField(
        'newPassword',
        'Mật khẩu mới phải khác mật khẩu hiện tại',
        'the new password must differ from the current one',
      );
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.uow.run(ctx, async (tx) => {
      await tx.manager.query(
        `UPDATE users SET password_hash = $2, must_change_password = false, version = version + 1,
                updated_at = now() WHERE id = $1`,
        [userId, passwordHash],
      );
      const revoked = await updateReturning<{ id: string }>(
        tx.manager,
        `UPDATE sessions SET revoked_at = now(), revoke_reason = 'password changed'
          WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL RETURNING id`,
        [userId, sessionId],
      );
      SecurityEvents.record(tx, userId, 'password.change', {
        revokedSessionIds: revoked.map((r) => r.id),
        address,
      });
    });
  }

  async login(user: User, requestId: string, address?: string): Promise<TokenPair> {
    const ctx = new RequestContext(
      { id: user.id, username: user.username, fullName: user.fullName },
      [],
      [],
      requestId,
    );
    return this.uow.run(ctx, async (tx) => {
      const session = tx.manager.create(Session, {
        userId: user.id,
        revokedAt: null,
        revokeReason: null,
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
      });
      await tx.manager.insert(Session, session);
      SecurityEvents.record(tx, user.id, 'login', { sessionId: session.id, address });
      return this.issue(tx.manager, user.id, session.id, user.mustChangePassword);
    });
  }

  /**
   * Rotates a refresh token. A token used twice means it leaked: the whole session (every
   * token descended from the same login) is revoked, and the caller must log in again.
   */
  async refresh(refreshToken: string, requestId: string): Promise<TokenPair> {
    const [tokenId, secret] = refreshToken.split('.');
    if (!tokenId || !secret || !/^[0-9a-f-]{36}$/.test(tokenId))
      throw new DomainError('INVALID_REFRESH_TOKEN');
    const stored = await this.uow.dataSource.getRepository(RefreshToken).findOneBy({ id: tokenId });
    if (!stored || !timingSafeEqual(Buffer.from(stored.tokenHash), Buffer.from(sha256(secret)))) {
      throw new DomainError('INVALID_REFRESH_TOKEN');
    }
    const session = await this.uow.dataSource.getRepository(Session).findOneBy({ id: stored.sessionId });
    if (!session || session.revokedAt || session.expiresAt <= new Date())
      throw new DomainError('INVALID_REFRESH_TOKEN');
    const ctx = new RequestContext({ id: session.userId, username: '', fullName: '' }, [], [], requestId);

    const rotated = await this.uow.run(ctx, async (tx) => {
      const claimed = await tx.manager
        .createQueryBuilder()
        .update(RefreshToken)
        .set({ usedAt: () => 'now()' })
        .where('id = :id AND used_at IS NULL', { id: tokenId })
        .execute();
      if (claimed.affected !== 1) return undefined;
      const active = await tx.manager.query<{ id: string; must_change_password: boolean }[]>(
        `SELECT s.id, u.must_change_password FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.revoked_at IS NULL AND u.is_active FOR UPDATE OF s`,
        [session.id],
      );
      if (active.length === 0) throw new DomainError('INVALID_REFRESH_TOKEN');
      SecurityEvents.record(tx, session.userId, 'refresh', { sessionId: session.id });
      return this.issue(tx.manager, session.userId, session.id, active[0].must_change_password);
    });
    if (rotated) return rotated;

    // a rotated token presented again: audited even when a concurrent replay revoked the session first
    await this.revokeSession(ctx, session.id, 'refresh token reused', tokenId);
    throw new DomainError('REFRESH_TOKEN_REUSED');
  }

  async logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.revokeSession(ctx, sessionId, 'logout');
  }

  /** The user a condition selects, with its password hash (a column not read by default). */
  private withPasswordHash(condition: string, parameters: ObjectLiteral): Promise<User | null> {
    return this.uow.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where(condition, parameters)
      .getOne();
  }

  /** Revokes a session: a logout, or (given the reused refresh token) a replay. */
  private async revokeSession(
    ctx: RequestContext,
    sessionId: string,
    reason: string,
    reusedRefreshTokenId?: string,
  ): Promise<void> {
    await this.uow.run(ctx, async (tx) => {
      // TypeORM's UpdateResult.raw is not the RETURNING rows on PostgreSQL: read them directly
      const revoked = await updateReturning<{ user_id: string }>(
        tx.manager,
        `UPDATE sessions SET revoked_at = now(), revoke_reason = $2
          WHERE id = $1 AND revoked_at IS NULL RETURNING user_id`,
        [sessionId, reason],
      );
      const userId = revoked[0]?.user_id ?? (reusedRefreshTokenId ? ctx.userId : undefined);
      if (!userId) return;
      const session = { sessionId, sessionRevoked: revoked.length > 0 };
      if (reusedRefreshTokenId)
        SecurityEvents.record(
          tx,
          userId,
          'refresh.reused',
          { ...session, refreshTokenId: reusedRefreshTokenId },
          reason,
        );
      else SecurityEvents.record(tx, userId, 'logout', session, reason);
    });
  }

  /**
   * Audit entry for a login event of an unauthenticated caller (no actor). Its subject is the
   * given one (an address or the global bucket), else the user when the username exists, else
   * `login/unknown-user` with the attempted username in `data` only. A lockout past the
   * throttle's audit budget goes to the application log instead.
   */
  private async auditLoginEvent<K extends 'login.failed' | 'login.locked'>(
    requestId: string,
    action: K,
    username: string,
    address: string | undefined,
    data: Omit<SecurityEventMap[K], keyof LoginAttempt>,
    subject?: { subjectType: string; subjectId: string },
  ): Promise<void> {
    const details = {
      username: username.slice(0, 100),
      address: address ?? null,
      ...data,
    } as SecurityEventMap[K];
    // failures are bounded by the global bucket they passed, the global lockout by its window;
    // per-username and per-address lockouts (one per bucket and window) share a budget
    const budgeted = action === 'login.locked' && subject?.subjectId !== 'global';
    if (budgeted && !(await this.throttle.takeAuditBudget())) {
      this.logger.warn(`request ${requestId}: ${action} (audit budget spent): ${JSON.stringify(details)}`);
      return;
    }
    const userId = subject
      ? undefined
      : (
          await this.uow.dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE username = $1', [
            username,
          ])
        )[0]?.id;
    const reason = 'reason' in data && typeof data.reason === 'string' ? data.reason : null;
    await this.uow.run(RequestContext.system(requestId), async (tx) =>
      SecurityEvents.record(
        tx,
        subject ?? userId ?? { subjectType: 'login', subjectId: 'unknown-user' },
        action,
        details,
        reason,
      ),
    );
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    sessionId: string,
    passwordChangeRequired: boolean,
  ): Promise<TokenPair> {
    const secret = randomBytes(32).toString('base64url');
    const token = manager.create(RefreshToken, { sessionId, tokenHash: sha256(secret), usedAt: null });
    await manager.insert(RefreshToken, token);
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return {
      accessToken,
      refreshToken: `${token.id}.${secret}`,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      tokenType: 'Bearer',
      passwordChangeRequired,
    };
  }
}
