import { Entity } from 'typeorm';
import {
  BaseEntity,
  VersionedEntity,
  defineLifecycle,
  IntColumn,
  TextColumn,
  UuidColumn,
} from '@app/platform';

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
    @IntColumn()
    received: number;

    @IntColumn()
    onTime: number;

    @IntColumn()
    late: number;

    @IntColumn()
    pending: number;
  }
  return DossierCounts;
}

/** An upload of the one-stop system's figures for one agency and period, with its totals. */
@Entity('process_performance_imports')
export class ProcessPerformanceImport extends withDossierCounts(VersionedEntity) {
  @UuidColumn()
  agencyId: string;

  @TextColumn()
  period: string;

  @TextColumn({ default: 'CURRENT' })
  status: ImportStatus;

  @TextColumn()
  format: ImportFormat;

  @IntColumn()
  rowCount: number;

  @UuidColumn({ nullable: true })
  importedBy: string | null;

  @UuidColumn({ nullable: true })
  replacedBy: string | null;
}

/** Dossiers of one TTHC in one period: received, resolved on time, late, still pending. */
@Entity('process_performance')
export class ProcessPerformance extends withDossierCounts(BaseEntity) {
  @UuidColumn()
  importId: string;

  @UuidColumn()
  agencyId: string;

  @TextColumn()
  period: string;

  @TextColumn()
  procedureCode: string;

  @TextColumn({ nullable: true })
  procedureName: string | null;
}
