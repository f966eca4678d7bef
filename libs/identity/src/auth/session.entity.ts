import { Column, Entity, Index } from 'typeorm';
import { Pg, BaseEntity } from '@app/platform';

/** A login: the family of refresh tokens that rotate from it. Revoking it ends every token of the family. */
@Entity('sessions')
export class Session extends BaseEntity {
  @Index()
  @Pg.uuid()
  userId: string;

  @Pg.timestamptz({ nullable: true })
  revokedAt: Date | null;

  @Pg.text({ nullable: true })
  revokeReason: string | null;

  @Pg.timestamptz()
  expiresAt: Date;
}

/** One refresh token; only its sha256 is stored, and it can be used exactly once. */
@Entity('refresh_tokens')
export class RefreshToken extends BaseEntity {
  @Index()
  @Pg.uuid()
  sessionId: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Pg.timestamptz({ nullable: true })
  usedAt: Date | null;
}
