import { Entity } from 'typeorm';
import { Pg, BaseEntity, VersionedEntity, defineLifecycle } from '@app/platform';

export const IMPORT_FORMATS = ['CSV', 'XLSX', 'JSON'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_STATUSES = ['CURRENT', 'REPLACED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One upload per agency and period is CURRENT; a re-upload replaces it (kept, REPLACED). */
export const PERFORMANCE_IMPORT_LIFECYCLE = defineLifecycle<ImportStatus, ProcessPerformanceImport>({
  subject: 'processPerformanceImport',
  entity: () => ProcessPerformanceImport,
  states: IMPORT_STATUSES,
  initial: ['CURRENT'],
  transitions: [{ from: 'CURRENT', to: 'REPLACED', action: 'replace' }],
});

/** The one-stop system's dossier counts of a period: received, resolved on time, late, still pending. */
function withDossierCounts<B extends abstract new (...args: any[]) => BaseEntity>(base: B) {
  abstract class DossierCounts extends base {
    @Pg.int()
    received: number;

    @Pg.int()
    onTime: number;

    @Pg.int()
    late: number;

    @Pg.int()
    pending: number;
  }
  return DossierCounts;
}

/** An upload of the one-stop system's figures for one agency and period, with its totals. */
@Entity('process_performance_imports')
export class ProcessPerformanceImport extends withDossierCounts(VersionedEntity) {
  @Pg.uuid()
  agencyId: string;

  @Pg.text()
  period: string;

  @Pg.text({ default: 'CURRENT' })
  status: ImportStatus;

  @Pg.text()
  format: ImportFormat;

  @Pg.int()
  rowCount: number;

  @Pg.uuid({ nullable: true })
  importedBy: string | null;

  @Pg.uuid({ nullable: true })
  replacedBy: string | null;
}

/** Dossiers of one TTHC in one period: received, resolved on time, late, still pending. */
@Entity('process_performance')
export class ProcessPerformance extends withDossierCounts(BaseEntity) {
  @Pg.uuid()
  importId: string;

  @Pg.uuid()
  agencyId: string;

  @Pg.text()
  period: string;

  @Pg.text()
  procedureCode: string;

  @Pg.text({ nullable: true })
  procedureName: string | null;
}
