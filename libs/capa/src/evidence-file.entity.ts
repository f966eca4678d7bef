import { Entity } from 'typeorm';
import { Pg, defineHistory } from '@app/platform';
import { StoredFileEntity } from '@app/storage';

/**
 * Evidence of a nonconformity (a photo of the case, a complaint letter) or of one of its
 * corrective actions (the record that shows it was done): the bytes live in object storage
 * under their sha256, like a document's files. Never deleted.
 */
@Entity('capa_evidence_files')
export class CapaEvidenceFile extends StoredFileEntity {
  @Pg.uuid()
  nonconformityId: string;

  /** Set when the file is evidence of one corrective action of the nonconformity. */
  @Pg.uuid({ nullable: true })
  correctiveActionId: string | null;
}

/** An evidence file is part of its nonconformity's history, or of its corrective action's. */
export const NONCONFORMITY_EVIDENCE_HISTORY = defineHistory<CapaEvidenceFile>({
  subject: 'nonconformity',
  entity: () => CapaEvidenceFile,
  subjectId: (file) => file.nonconformityId,
  createAction: 'evidence.add',
});
export const ACTION_EVIDENCE_HISTORY = defineHistory<CapaEvidenceFile>({
  subject: 'correctiveAction',
  entity: () => CapaEvidenceFile,
  subjectId: (file) => file.correctiveActionId!,
  createAction: 'evidence.add',
});
