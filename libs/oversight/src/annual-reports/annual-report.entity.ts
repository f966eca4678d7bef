import { Entity } from 'typeorm';
import { Pg, lifecycleHistory, defineLifecycle, domainEvent, AgencyRecord } from '@app/platform';
import type { AnnualReportFigures } from './annual-report-figures';

export const ANNUAL_REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

/** Edited while DRAFT; submitted to OVERSIGHT, which accepts it or returns it to DRAFT. */
/** OVERSIGHT's decision on a submitted report, told to its agency. */
const decisionEvent =
  (type: 'annualReport.accepted' | 'annualReport.returned') =>
  ({ subject }: { subject: AnnualReport }) =>
    domainEvent(type, { annualReportId: subject.id, agencyId: subject.agencyId });

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
      emit: decisionEvent('annualReport.accepted'),
    },
    {
      from: 'SUBMITTED',
      to: 'DRAFT',
      action: 'return',
      emit: decisionEvent('annualReport.returned'),
    },
  ],
});

/** A draft's edits and recompilations (its status moves through ANNUAL_REPORT_LIFECYCLE). */
export const ANNUAL_REPORT_HISTORY = lifecycleHistory(ANNUAL_REPORT_LIFECYCLE);

/** An agency's yearly report to the Department of Science and Technology (báo cáo định kỳ). */
@Entity('annual_reports')
export class AnnualReport extends AgencyRecord {
  @Pg.int()
  year: number;

  @Pg.text({ default: 'DRAFT' })
  status: AnnualReportStatus;

  /** Compiled from the records (recompiled on demand while DRAFT). */
  @Pg.jsonb()
  figures: AnnualReportFigures;

  @Pg.timestamptz()
  compiledAt: Date;

  /** Đánh giá chung: the agency's own assessment of its QMS over the year. */
  @Pg.text({ nullable: true })
  assessment: string | null;

  /** Khó khăn, vướng mắc. */
  @Pg.text({ nullable: true })
  difficulties: string | null;

  /** Kiến nghị, đề xuất. */
  @Pg.text({ nullable: true })
  proposals: string | null;

  @Pg.timestamptz({ nullable: true })
  submittedAt: Date | null;

  @Pg.uuid({ nullable: true })
  submittedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  decidedAt: Date | null;

  @Pg.uuid({ nullable: true })
  decidedBy: string | null;

  @Pg.text({ nullable: true })
  returnReason: string | null;
}
