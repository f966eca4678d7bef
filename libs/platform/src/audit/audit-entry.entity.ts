import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Pg } from '../database/columns';
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

  @Pg.timestamptz()
  occurredAt: Date;

  @Pg.uuid({ nullable: true })
  actorId: string | null;

  @Pg.text({ nullable: true })
  actorName: string | null;

  @Pg.uuid({ nullable: true })
  agencyId: string | null;

  @Pg.text()
  subjectType: string;

  @Pg.text()
  subjectId: string;

  @Pg.text()
  action: string;

  @Pg.text({ nullable: true })
  fromState: string | null;

  @Pg.text({ nullable: true })
  toState: string | null;

  @Pg.text({ nullable: true })
  reason: string | null;

  /** A JSON object (ids, codes, before/after of the changed fields): read its values as unknown. */
  @Pg.jsonb({ nullable: true })
  data: Record<string, unknown> | null;

  @Pg.text({ nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;

  /** How `hash` was made: legacy rows are plain sha256, every row since the key came is HMAC'd. */
  @Pg.text()
  hashAlg: AuditHashAlg;
}
