import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery, toBoolean } from '@app/platform';

/** TTHC codes as the documents lib accepts them on a procedure. */
export const TTHC_CODE = /^[A-Za-z0-9._-]{1,50}$/;

export class ListAdministrativeProceduresQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only active (true, the default) or removed (false) entries' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'code or name, diacritics-insensitive' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}

export class ImportAdministrativeProceduresQuery {
  @ApiPropertyOptional({
    description: 'true: entries missing from the file are removed from the catalogue (kept, marked inactive)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  replace?: boolean;
}

export class ProvinceQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the province agency; defaults to the one the caller oversees',
  })
  @IsOptional()
  @IsUUID()
  provinceAgencyId?: string;
}
