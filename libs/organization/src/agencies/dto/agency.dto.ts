import { PartialType } from '@nestjs/swagger';
import {
  EnumField,
  OptionalEnum,
  OptionalFlag,
  OptionalMaxText,
  OptionalNestedList,
  OptionalUuid,
  OptionalVersion,
  PageQuery,
  PatternField,
  TextField,
  UuidField,
} from '@app/platform';
import { AGENCY_LEVELS, AgencyLevel } from '../agency.entity';

export class CreateAgencyDto {
  @PatternField(/^[A-Za-z0-9._-]{1,50}$/, { example: 'SKHCN' }, 'code: letters, digits, . _ - (at most 50)')
  code: string;

  @TextField(1, 300, { example: 'Sở Khoa học và Công nghệ' })
  name: string;

  @EnumField(AGENCY_LEVELS, { enumName: 'AgencyLevel' })
  level: AgencyLevel;

  @OptionalUuid({ nullable: true })
  parentId?: string | null;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {
  @OptionalVersion({ integer: false })
  version?: number;
}

/** At most this many of each kind of record are mapped in one merger or dissolution. */
const TRANSFERRED = { max: 5000 };

/** One document code of the merged (or dissolved) agency and the code it takes in the receiving register. */
export class DocumentCodeMappingDto {
  @TextField(1, 60, { example: 'QT-HCTP-01' })
  from: string;

  @TextField(1, 60, { example: 'QT-HCTP-01-NH' })
  to: string;
}

export class MergeAgencyDto {
  @UuidField({ description: 'the surviving agency' })
  intoAgencyId: string;

  @TextField(1, 1000, { example: 'Nghị quyết sáp nhập đơn vị hành chính cấp xã' })
  reason: string;

  @OptionalNestedList(DocumentCodeMappingDto, TRANSFERRED, {
    description:
      "new codes for the merged agency's documents; a document not listed takes the merged agency's code as a prefix (`<agency code>-<code>`). The old code stays searchable.",
  })
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

  @OptionalNestedList(DocumentTargetDto, TRANSFERRED, { description: 'documents that go to another agency' })
  documents?: DocumentTargetDto[];

  @OptionalNestedList(UserTargetDto, TRANSFERRED, {
    description: 'users whose membership goes to another agency',
  })
  users?: UserTargetDto[];

  @OptionalNestedList(DocumentCodeMappingDto, TRANSFERRED, { description: 'as for a merger' })
  codeMapping?: DocumentCodeMappingDto[];
}

export class TransferQuery {
  @OptionalFlag({ description: 'true: only show what would move and the codes documents would get' })
  dryRun?: boolean;
}

export class ListAgenciesQuery extends PageQuery {
  @OptionalUuid()
  parentId?: string;

  @OptionalEnum(AGENCY_LEVELS, { enumName: 'AgencyLevel' })
  level?: AgencyLevel;

  @OptionalMaxText(200, { description: 'search in code and name' })
  q?: string;
}
