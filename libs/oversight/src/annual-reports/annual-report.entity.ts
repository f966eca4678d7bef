import { Column, Entity } from 'typeorm';
import { BaseEntity, defineLifecycle, domainEvent } from '@app/platform';
import type { AnnualReportFigures } from './annual-report-figures';

export const ANNUAL_REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

/** Edited while DRAFT; submitted to OVERSIGHT, which accepts it or returns it to DRAFT. */
export const ANNUAL_REPORT_LIFECYCLE = defineLifecycle<AnnualReportStatus, AnnualReport>({
  subject: 'annualReport',
  entity: () => AnnualReport,
  states: ANNUAL_REPORT_STATUSES,
  initial: ['DRAFT'],
  transitions: [
    {
      from: 'DRAFT',
      to: 'SUBMITTED',
      action: 'submit',
      emit: ({ subject }) =>
        domainEvent('annualReport.submitted', {
          annualReportId: subject.id,
          agencyId: subject.agencyId,
          year: subject.year,
        }),
    },
    {
      from: 'SUBMITTED',
      to: 'ACCEPTED',
      action: 'accept',
      emit: ({ subject }) =>
        domainEvent('annualReport.accepted', { annualReportId: subject.id, agencyId: subject.agencyId }),
    },
    {
      from: 'SUBMITTED',
      to: 'DRAFT',
      action: 'return',
      emit: ({ subject }) =>
        domainEvent('annualReport.returned', { annualReportId: subject.id, agencyId: subject.agencyId }),
    },
  ],
});

/** An agency's yearly report to the Department of Science and Technology (báo cáo định kỳ). */
@Entity('annual_reports')
export class AnnualReport extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text', default: 'DRAFT' })
  status: AnnualReportStatus;

  /** Compiled from the records (recompiled on demand while DRAFT). */
  @Column({ type: 'jsonb' })
  figures: AnnualReportFigures;

  @Column({ name: 'compiled_at', type: 'timestamptz' })
  compiledAt: Date;

  /** Đánh giá chung: the agency's own assessment of its QMS over the year. */
  @Column({ type: 'text', nullable: true })
  assessment: string | null;

  /** Khó khăn, vướng mắc. */
  @Column({ type: 'text', nullable: true })
  difficulties: string | null;

  /** Kiến nghị, đề xuất. */
  @Column({ type: 'text', nullable: true })
  proposals: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
