import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { PageQuery } from '@app/platform';
import { TTHC_CODE } from '../../tthc/dto/administrative-procedure.dto';
import { DECLARATION_STATUSES, DeclarationStatus } from '../declaration.entity';

/** Vietnamese document numbers: 15/QĐ-SKHCN, 123/QĐ-UBND, 07/2025/QĐ-STP … */
export const DECISION_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N}./\-–_ ]{0,79}$/u;

export class CreateEffectivenessConfirmationDto {
  @ApiProperty({ example: '2026-11-25', description: 'YYYY-MM-DD, not in the future' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  confirmedOn: string;

  @ApiProperty({
    example:
      'Hệ thống quản lý chất lượng của Sở được xây dựng, áp dụng phù hợp TCVN ISO 9001:2015 và có hiệu lực',
  })
  @IsString()
  @Length(1, 5000)
  statement: string;
}

export class CreateDeclarationDto {
  @ApiProperty({ format: 'uuid', description: 'an agency of the QMS declared (its lead agency records it)' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: '15/QĐ-STP', description: 'number of the decision (quyết định công bố)' })
  @IsString()
  @Matches(DECISION_NUMBER, { message: 'decisionNumber: letters, digits, / . - (at most 80)' })
  decisionNumber: string;

  @ApiProperty({ example: '2026-12-01', description: 'YYYY-MM-DD, not in the future' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  decisionDate: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @IsString()
  @Length(1, 200)
  signerName: string;

  @ApiProperty({ example: 'Giám đốc Sở Tư pháp' })
  @IsString()
  @Length(1, 200)
  signerTitle: string;

  @ApiProperty({ example: 'Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp' })
  @IsString()
  @Length(1, 5000)
  scope: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'TTHC codes of the catalogue the declaration covers; default every TTHC a procedure in force covers',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @Matches(TTHC_CODE, { each: true })
  administrativeProcedureCodes?: string[];
}

export class ListDeclarationsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'declarations covering this agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  qualitySystemId?: string;

  @ApiPropertyOptional({ enum: DECLARATION_STATUSES, enumName: 'DeclarationStatus' })
  @IsOptional()
  @IsIn(DECLARATION_STATUSES)
  status?: DeclarationStatus;
}
