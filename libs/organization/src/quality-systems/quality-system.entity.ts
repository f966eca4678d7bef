import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '@app/platform';

export const QMS_STATUSES = ['BUILDING', 'APPLYING', 'DECLARED', 'SUSPENDED'] as const;
export type QualitySystemStatus = (typeof QMS_STATUSES)[number];

/** An HTQLCL: one QMS may cover several agencies (e.g. a People's Committee and its Office). */
@Entity('quality_systems')
export class QualitySystem extends BaseEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  scope: string;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId: string;

  @Column({ type: 'text', default: 'TCVN ISO 9001:2015' })
  standard: string;

  @Column({ type: 'text', default: 'BUILDING' })
  status: QualitySystemStatus;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Agencies covered by a QMS; an agency belongs to at most one. */
@Entity('quality_system_agencies')
export class QualitySystemAgency {
  @PrimaryColumn({ name: 'quality_system_id', type: 'uuid' })
  qualitySystemId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}
