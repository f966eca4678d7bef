import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/platform';

/**
 * An administrative procedure (thủ tục hành chính, TTHC) an agency settles, as listed in its
 * catalogue. Codes are those of the national TTHC database (e.g. 1.001234.000.00.00.H34).
 * Removed from the catalogue = inactive; never deleted.
 */
@Entity('administrative_procedures')
export class AdministrativeProcedure extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** Lĩnh vực (e.g. Hộ tịch, Chứng thực). */
  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
