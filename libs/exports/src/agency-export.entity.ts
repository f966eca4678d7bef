import { Column, Entity } from 'typeorm';
import { Pg, defineLifecycle, domainEvent, VersionedAgencyPart } from '@app/platform';

export const EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * One archive of an agency (issue 18): requested, written by the worker as one ZIP in object
 * storage, downloadable until it expires. The row stays after expiry (state EXPIRED, object
 * removed), so who exported what and when is never lost.
 */
@Entity('agency_exports')
export class AgencyExport extends VersionedAgencyPart {
  @Pg.text({ default: 'QUEUED' })
  status: ExportStatus;

  @Pg.uuid({ nullable: true })
  requestedBy: string | null;

  /** Files written so far of `filesTotal` (documents' files; the other parts are counted as one each). */
  @Pg.int({ default: 0 })
  filesDone: number;

  @Pg.int({ default: 0 })
  filesTotal: number;

  /**
   * Where the ZIP lies while it may be downloaded. Not named `storage_key`: it is not a
   * content-addressed blob owned by a row (the orphan sweep and the integrity check leave it alone).
   */
  @Pg.text({ nullable: true })
  objectKey: string | null;

  @Column({ type: 'bigint', nullable: true })
  size: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @Pg.int({ default: 0 })
  attempts: number;

  @Pg.timestamptz({ nullable: true })
  startedAt: Date | null;

  @Pg.timestamptz({ nullable: true })
  finishedAt: Date | null;

  @Pg.timestamptz({ nullable: true })
  expiresAt: Date | null;

  @Pg.text({ nullable: true })
  error: string | null;
}

export const EXPORT_LIFECYCLE = defineLifecycle<ExportStatus, AgencyExport>({
  subject: 'agencyExport',
  entity: () => AgencyExport,
  states: EXPORT_STATUSES,
  initial: ['QUEUED'],
  transitions: [
    { from: 'QUEUED', to: 'RUNNING', action: 'start' },
    { from: 'RUNNING', to: 'COMPLETED', action: 'complete' },
    { from: ['QUEUED', 'RUNNING'], to: 'FAILED', action: 'fail' },
    { from: 'COMPLETED', to: 'EXPIRED', action: 'expire' },
  ],
});

/** The creation's event: the worker plans the job (outbox, so a Redis outage loses no export). */
export const exportRequested = (row: AgencyExport) =>
  domainEvent('agencyExport.requested', { exportId: row.id, agencyId: row.agencyId });
