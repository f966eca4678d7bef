import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UuidColumn, TextColumn, JsonColumn, TimestampColumn } from '../database/columns';
import type { AuditHashAlg } from './audit-hash';

/**
 * One row of the append-only, hash-chained audit trail. Unlike other entities it has a
 * sequential id (the chain's order) and no updatedAt: a trigger refuses UPDATE and DELETE.
 */
@Entity('audit_trail')
@Index(['subjectType', 'subjectId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @TimestampColumn()
  occurredAt: Date;

  @UuidColumn({ nullable: true })
  actorId: string | null;

  @TextColumn({ nullable: true })
  actorName: string | null;

  @UuidColumn({ nullable: true })
  agencyId: string | null;

  @TextColumn()
  subjectType: string;

  @TextColumn()
  subjectId: string;

  @TextColumn()
  action: string;

  @TextColumn({ nullable: true })
  fromState: string | null;

  @TextColumn({ nullable: true })
  toState: string | null;

  @TextColumn({ nullable: true })
  reason: string | null;

  /** A JSON object (ids, codes, before/after of the changed fields): read its values as unknown. */
  @JsonColumn({ nullable: true })
  data: Record<string, unknown> | null;

  @TextColumn({ nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;

  /** How `hash` was made: legacy rows are plain sha256, every row since the key came is HMAC'd. */
  @TextColumn()
  hashAlg: AuditHashAlg;
}
