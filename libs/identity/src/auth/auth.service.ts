import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, DomainError, RequestContext, UnitOfWork } from '@app/platform';
import { User } from '../users/user.entity';
import { TokenPair } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshToken, Session } from './session.entity';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly config: AppConfig,
  ) {}

  /** Checks a username and password; counts failures per username and address. */
  async validateCredentials(username: string, password: string, ip: string): Promise<User> {
    await this.throttle.assertAllowed(username, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || !user.isActive) {
      await this.throttle.recordFailure(username, ip);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await this.throttle.reset(username, ip);
    return user;
  }

  async login(user: User, requestId: string): Promise<TokenPair> {
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
      tx.audit({ subjectType: 'user', subjectId: user.id, action: 'login', data: { sessionId: session.id } });
      return this.issue(tx.manager, user.id, session.id);
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
    const stored = await this.dataSource.getRepository(RefreshToken).findOneBy({ id: tokenId });
    if (!stored || !timingSafeEqual(Buffer.from(stored.tokenHash), Buffer.from(sha256(secret)))) {
      throw new DomainError('INVALID_REFRESH_TOKEN');
    }
    const session = await this.dataSource.getRepository(Session).findOneBy({ id: stored.sessionId });
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
      const active = await tx.manager.query<{ id: string }[]>(
        `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.revoked_at IS NULL AND u.is_active FOR UPDATE OF s`,
        [session.id],
      );
      if (active.length === 0) throw new DomainError('INVALID_REFRESH_TOKEN');
      tx.audit({
        subjectType: 'user',
        subjectId: session.userId,
        action: 'refresh',
        data: { sessionId: session.id },
      });
      return this.issue(tx.manager, session.userId, session.id);
    });
    if (rotated) return rotated;

    await this.revokeSession(ctx, session.id, 'refresh token reused');
    throw new DomainError('REFRESH_TOKEN_REUSED');
  }

  async logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.revokeSession(ctx, sessionId, 'logout');
  }

  private async revokeSession(ctx: RequestContext, sessionId: string, reason: string): Promise<void> {
    await this.uow.run(ctx, async (tx) => {
      const result = await tx.manager
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: () => 'now()', revokeReason: reason })
        .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
        .returning(['user_id'])
        .execute();
      const userId = (result.raw as { user_id: string }[])[0]?.user_id;
      if (userId)
        tx.audit({
          subjectType: 'user',
          subjectId: userId,
          action: 'session.revoke',
          reason,
          data: { sessionId },
        });
    });
  }

  private async issue(manager: EntityManager, userId: string, sessionId: string): Promise<TokenPair> {
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
    };
  }
}
