import { Entity } from 'typeorm';
import { Pg, defineHistory, AgencyRecord } from '@app/platform';
import { StoredFileEntity } from '@app/storage';

/** INTERNAL_AUDITOR: a course that qualifies an internal auditor (ISO 19011) while valid. */
export const TRAINING_CATEGORIES = ['INTERNAL_AUDITOR', 'ISO_9001', 'PROFESSIONAL', 'OTHER'] as const;
export type TrainingCategory = (typeof TRAINING_CATEGORIES)[number];

/** A training a staff member completed (hồ sơ đào tạo, năng lực: ISO 9001 7.2). */
@Entity('training_records')
export class TrainingRecord extends AgencyRecord {
  @Pg.uuid()
  userId: string;

  @Pg.text()
  category: TrainingCategory;

  @Pg.text()
  course: string;

  @Pg.text()
  provider: string;

  @Pg.date()
  completedOn: string;

  /** The certificate's end of validity; null: does not expire. */
  @Pg.date({ nullable: true })
  expiresOn: string | null;

  @Pg.text({ nullable: true })
  certificateNumber: string | null;
}

export const TRAINING_HISTORY = defineHistory<TrainingRecord>({
  subject: 'trainingRecord',
  entity: () => TrainingRecord,
});

/** The certificate (scan or PDF) of a training record; the bytes live in object storage. */
@Entity('training_certificates')
export class TrainingCertificate extends StoredFileEntity {
  @Pg.uuid()
  trainingRecordId: string;
}

/** An uploaded certificate is recorded in its training record's history. */
export const CERTIFICATE_HISTORY = defineHistory<TrainingCertificate>({
  subject: 'trainingRecord',
  entity: () => TrainingCertificate,
  subjectId: (c) => c.trainingRecordId,
  createAction: 'attachCertificate',
});
