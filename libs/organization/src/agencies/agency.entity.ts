import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/platform';

export const AGENCY_LEVELS = ['PROVINCE', 'DEPARTMENT', 'BRANCH', 'DISTRICT', 'COMMUNE', 'OTHER'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export type AgencyStatus = 'ACTIVE' | 'MERGED';

/** A node of the agency tree; levels are data, so mergers and new tiers need no code change. */
@Entity('agencies')
export class Agency extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: AgencyLevel;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: AgencyStatus;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /** Optimistic-concurrency counter, raised by every update. */
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Former names, kept when an agency is renamed so history reads as it was. */
@Entity('agency_names')
export class AgencyName extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;
}
