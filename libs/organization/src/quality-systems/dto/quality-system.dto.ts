import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import {
  AgencyPageQuery,
  OptionalEnum,
  OptionalText,
  OptionalVersion,
  stack,
  TextField,
  UuidField,
} from '@app/platform';
import { QMS_STATUSES, QualitySystemStatus } from '../quality-system.entity';

/** The other agencies a QMS covers (distinctness is checked before the count, as it always was). */
const MemberAgencies = (description?: string) =>
  stack(
    ApiPropertyOptional(description ? { type: [String], description } : { type: [String] }),
    IsOptional(),
    IsArray(),
    ArrayUnique(),
    ArrayMaxSize(200),
    IsUUID('all', { each: true }),
  );

export class CreateQualitySystemDto {
  @TextField(1, 300, { example: 'HTQLCL Sở Tư pháp' })
  name: string;

  @TextField(1, 5000, { example: 'Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở' })
  scope: string;

  @UuidField()
  leadAgencyId: string;

  @MemberAgencies('other agencies covered (the lead is always a member)')
  memberAgencyIds?: string[];
}

export class UpdateQualitySystemDto {
  @OptionalText(1, 300)
  name?: string;

  @OptionalText(1, 5000)
  scope?: string;

  @MemberAgencies()
  memberAgencyIds?: string[];

  @OptionalEnum(['BUILDING', 'APPLYING', 'SUSPENDED'])
  status?: Exclude<QualitySystemStatus, 'DECLARED'>;

  @OptionalVersion({ integer: false })
  version?: number;
}

export class ListQualitySystemsQuery extends AgencyPageQuery {
  @OptionalEnum(QMS_STATUSES, { enumName: 'QualitySystemStatus' })
  status?: QualitySystemStatus;
}
