import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, defineHistory, defineLifecycle, domainEvent } from '@app/platform';

export const AGENCY_LEVELS = [
  'MINISTRY',
  'PROVINCE',
  'DEPARTMENT',
  'BRANCH',
  'DISTRICT',
  'COMMUNE',
  'OTHER',
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export const AGENCY_STATUSES = ['ACTIVE', 'MERGED', 'DISSOLVED'] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];

/**
 * A node of the agency tree; levels are data, so mergers and new tiers need no code change. A
 * MINISTRY (the Ministry of Science and Technology) may sit at the root above the provinces.
 */
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

  /** The survivor of a merger, or the main successor of a dissolution. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /** Optimistic-concurrency counter, raised by every update. */
  @Column({ type: 'int', default: 1 })
  version: number;
}

/**
 * An agency is active until merged into another or dissolved (its work split between others); a
 * merged or dissolved agency stays readable and never moves again.
 */
export const AGENCY_LIFECYCLE = defineLifecycle<AgencyStatus, Agency>({
  subject: 'agency',
  entity: () => Agency,
  states: AGENCY_STATUSES,
  initial: ['ACTIVE'],
  transitions: [
    {
      from: 'ACTIVE',
      to: 'MERGED',
      action: 'merge',
      emit: ({ subject }) =>
        domainEvent('agency.merged', { fromAgencyId: subject.id, intoAgencyId: subject.mergedIntoId! }),
    },
    // its work split between several agencies (mergedIntoId: the main successor, which keeps its history)
    { from: 'ACTIVE', to: 'DISSOLVED', action: 'dissolve' },
  ],
});

/** Edits of an agency (rename, move, recode); its audit agency is itself. */
export const AGENCY_HISTORY = defineHistory<Agency>({ subject: 'agency', entity: () => Agency });

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
