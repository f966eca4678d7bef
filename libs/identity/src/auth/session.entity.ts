import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, UuidColumn, TextColumn, TimestampColumn } from '@app/platform';

/** A login: the family of refresh tokens that rotate from it. Revoking it ends every token of the family. */
@Entity('sessions')
export class Session extends BaseEntity {
  @Index()
  @UuidColumn()
  userId: string;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;

  @TextColumn({ nullable: true })
  revokeReason: string | null;

  @TimestampColumn()
  expiresAt: Date;
}

/** One refresh token; only its sha256 is stored, and it can be used exactly once. */
@Entity('refresh_tokens')
export class RefreshToken extends BaseEntity {
  @Index()
  @UuidColumn()
  sessionId: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @TimestampColumn({ nullable: true })
  usedAt: Date | null;
}
