import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PageQuery, UuidField, OptionalUuid, TextField, OptionalMaxText, OptionalFlag } from '@app/platform';
import { AGENCY_LEVELS, AgencyLevel } from '../agency.entity';

export class CreateAgencyDto {
  @ApiProperty({ example: 'SKHCN' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'code: letters, digits, . _ - (at most 50)' })
  code: string;

  @TextField(1, 300, { example: 'Sở Khoa học và Công nghệ' })
  name: string;

  @ApiProperty({ enum: AGENCY_LEVELS, enumName: 'AgencyLevel' })
  @IsIn(AGENCY_LEVELS)
  level: AgencyLevel;

  @OptionalUuid({ nullable: true })
  parentId?: string | null;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {
  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  version?: number;
}

/** One document code of the merged (or dissolved) agency and the code it takes in the receiving register. */
export class DocumentCodeMappingDto {
  @ApiProperty({ example: 'QT-HCTP-01' })
  @IsString()
  @Length(1, 60)
  from: string;

  @ApiProperty({ example: 'QT-HCTP-01-NH' })
  @IsString()
  @Length(1, 60)
  to: string;
}

export class MergeAgencyDto {
  @UuidField({ description: 'the surviving agency' })
  intoAgencyId: string;

  @TextField(1, 1000, { example: 'Nghị quyết sáp nhập đơn vị hành chính cấp xã' })
  reason: string;

  @ApiPropertyOptional({
    type: [DocumentCodeMappingDto],
    description:
      "new codes for the merged agency's documents; a document not listed takes the merged agency's code as a prefix (`<agency code>-<code>`). The old code stays searchable.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => DocumentCodeMappingDto)
  codeMapping?: DocumentCodeMappingDto[];
}

export class DocumentTargetDto {
  @UuidField()
  documentId: string;

  @UuidField({ description: 'the agency the document goes to' })
  intoAgencyId: string;
}

export class UserTargetDto {
  @UuidField()
  userId: string;

  @UuidField({ description: "the agency the user's membership (with its roles) moves to" })
  intoAgencyId: string;
}

export class DissolveAgencyDto {
  @UuidField({
    description:
      'the main successor: receives the sub-agencies, every record and membership not mapped elsewhere, and keeps the history',
  })
  intoAgencyId: string;

  @TextField(1, 1000, { example: 'Nghị quyết giải thể, chia đơn vị hành chính' })
  reason: string;

  @ApiPropertyOptional({ type: [DocumentTargetDto], description: 'documents that go to another agency' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => DocumentTargetDto)
  documents?: DocumentTargetDto[];

  @ApiPropertyOptional({
    type: [UserTargetDto],
    description: 'users whose membership goes to another agency',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => UserTargetDto)
  users?: UserTargetDto[];

  @ApiPropertyOptional({ type: [DocumentCodeMappingDto], description: 'as for a merger' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => DocumentCodeMappingDto)
  codeMapping?: DocumentCodeMappingDto[];
}

export class TransferQuery {
  @OptionalFlag({ description: 'true: only show what would move and the codes documents would get' })
  dryRun?: boolean;
}

export class ListAgenciesQuery extends PageQuery {
  @OptionalUuid()
  parentId?: string;

  @ApiPropertyOptional({ enum: AGENCY_LEVELS, enumName: 'AgencyLevel' })
  @IsOptional()
  @IsIn(AGENCY_LEVELS)
  level?: AgencyLevel;

  @OptionalMaxText(200, { description: 'search in code and name' })
  q?: string;
}
