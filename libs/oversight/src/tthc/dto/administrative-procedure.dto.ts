import { PageQuery, OptionalUuid, OptionalText, OptionalFlag } from '@app/platform';

/** TTHC codes as the documents lib accepts them on a procedure. */
export const TTHC_CODE = /^[A-Za-z0-9._-]{1,50}$/;

export class ListAdministrativeProceduresQuery extends PageQuery {
  @OptionalFlag({ description: 'only active (true, the default) or removed (false) entries' })
  active?: boolean;

  @OptionalText(1, 200, { description: 'code or name, diacritics-insensitive' })
  q?: string;
}

export class ImportAdministrativeProceduresQuery {
  @OptionalFlag({
    description: 'true: entries missing from the file are removed from the catalogue (kept, marked inactive)',
  })
  replace?: boolean;
}

export class ProvinceQuery {
  @OptionalUuid({ description: 'the province agency; defaults to the one the caller oversees' })
  provinceAgencyId?: string;
}
