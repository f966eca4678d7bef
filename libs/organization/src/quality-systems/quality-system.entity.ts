import { Entity, PrimaryColumn } from 'typeorm';
import { Pg, VersionedEntity, defineLifecycle } from '@app/platform';

export const QMS_STATUSES = ['BUILDING', 'APPLYING', 'DECLARED', 'SUSPENDED', 'MERGED'] as const;
export type QualitySystemStatus = (typeof QMS_STATUSES)[number];

/** An HTQLCL: one QMS may cover several agencies (e.g. a People's Committee and its Office). */
@Entity('quality_systems')
export class QualitySystem extends VersionedEntity {
  @Pg.text()
  name: string;

  @Pg.text()
  scope: string;

  @Pg.uuid()
  leadAgencyId: string;

  @Pg.text({ default: 'TCVN ISO 9001:2015' })
  standard: string;

  @Pg.text({ default: 'BUILDING' })
  status: QualitySystemStatus;

  /** MERGED: the QMS its agencies joined when its agency was merged (this one stays readable). */
  @Pg.uuid({ nullable: true })
  mergedIntoId: string | null;
}

/** The stages of a QMS that still changes (a MERGED one never does). */
const LIVE: QualitySystemStatus[] = ['BUILDING', 'APPLYING', 'DECLARED', 'SUSPENDED'];

/**
 * Its managers set a QMS's stage by hand (any stage but DECLARED, each edit one `update` entry
 * whether the stage moves or not); it becomes DECLARED only when oversight records a conformity
 * declaration. No event: the scope change is what others follow.
 */
export const QUALITY_SYSTEM_LIFECYCLE = defineLifecycle<QualitySystemStatus, QualitySystem>({
  subject: 'qualitySystem',
  entity: () => QualitySystem,
  states: QMS_STATUSES,
  initial: ['BUILDING'],
  transitions: [
    { from: LIVE, to: 'BUILDING', action: 'update' },
    { from: LIVE, to: 'APPLYING', action: 'update' },
    { from: LIVE, to: 'SUSPENDED', action: 'update' },
    // an edit that leaves a declared QMS declared
    { from: 'DECLARED', to: 'DECLARED', action: 'update' },
    { from: ['BUILDING', 'APPLYING', 'SUSPENDED'], to: 'DECLARED', action: 'declare' },
    // its agency merged into one with a QMS of its own: it joins that one and changes no more
    { from: LIVE, to: 'MERGED', action: 'merge' },
  ],
});

/** Agencies covered by a QMS; an agency belongs to at most one. */
@Entity('quality_system_agencies')
export class QualitySystemAgency {
  @PrimaryColumn({ name: 'quality_system_id', type: 'uuid' })
  qualitySystemId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}
