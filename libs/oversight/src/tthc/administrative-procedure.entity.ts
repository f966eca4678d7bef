import { Entity } from 'typeorm';
import { Pg, AgencyRecord } from '@app/platform';

/**
 * An administrative procedure (thủ tục hành chính, TTHC) an agency settles, as listed in its
 * catalogue. Codes are those of the national TTHC database (e.g. 1.001234.000.00.00.H34).
 * Removed from the catalogue = inactive; never deleted.
 */
@Entity('administrative_procedures')
export class AdministrativeProcedure extends AgencyRecord {
  @Pg.text()
  code: string;

  @Pg.text()
  name: string;

  /** Lĩnh vực (e.g. Hộ tịch, Chứng thực). */
  @Pg.text({ nullable: true })
  field: string | null;

  @Pg.boolean({ default: true })
  active: boolean;

  @Pg.uuid({ nullable: true })
  updatedBy: string | null;
}
