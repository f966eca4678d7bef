import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import {
  AgencyPageQuery,
  DayField,
  eachText,
  EnumField,
  ListField,
  NestedList,
  OptionalDay,
  OptionalEnum,
  OptionalText,
  OptionalUuid,
  OptionalUuidList,
  OptionalYearQuery,
  PageQuery,
  TextField,
  UuidField,
  UuidList,
  VersionedDto,
  YearField,
} from '@app/platform';
import { IsIsoClause } from '@app/capa';
import {
  AUDIT_STATUSES,
  AuditStatus,
  CHECKLIST_RESULTS,
  ChecklistResult,
  FINDING_TYPES,
  FindingType,
} from '../audit.entity';

/** Every action in a body may carry the version the client saw (or send If-Match). */
export { VersionedDto };

export class CreateAuditProgrammeDto {
  @UuidField({ description: 'the agency; the programme belongs to its QMS' })
  agencyId: string;

  @YearField()
  year: number;

  @TextField(1, 5000, { example: 'Đánh giá toàn bộ các quá trình của HTQLCL ít nhất một lần trong năm' })
  objectives: string;
}

export class ListAuditProgrammesQuery extends AgencyPageQuery {
  @OptionalUuid()
  qualitySystemId?: string;

  @OptionalYearQuery()
  year?: number;
}

export class AuditScopeDto {
  @ListField({ max: 100, unique: true }, eachText(1, 300), {
    type: [String],
    example: ['Quy trình cấp phiếu lý lịch tư pháp'],
  })
  processes: string[];

  @ListField({ max: 150, unique: true }, [IsIsoClause({ each: true })], {
    type: [String],
    example: ['7.5', '8.5.1', '9.1.2'],
  })
  clauses: string[];

  @ListField({ max: 100, unique: true }, eachText(1, 200), {
    type: [String],
    example: ['Phòng Hành chính tư pháp'],
    description: 'units audited; empty means the whole of each audited agency',
  })
  units: string[];
}

export class CreateAuditDto {
  @UuidField()
  programmeId: string;

  @TextField(1, 500, { example: 'Đánh giá nội bộ đợt 1 năm 2026' })
  title: string;

  @ApiProperty({ type: AuditScopeDto })
  @ValidateNested()
  @Type(() => AuditScopeDto)
  scope: AuditScopeDto;

  @TextField(1, 2000, {
    example: 'TCVN ISO 9001:2015; các quy trình, quy định nội bộ; quy định pháp luật liên quan',
  })
  criteria: string;

  @DayField({ example: '2026-05-04', description: 'YYYY-MM-DD, in the programme year' })
  plannedStart: string;

  @DayField({ example: '2026-05-08', description: 'YYYY-MM-DD, on or after plannedStart' })
  plannedEnd: string;

  @UuidField({ description: 'an INTERNAL_AUDITOR of the QMS' })
  leadAuditorId: string;

  @UuidList(30, { description: 'the other INTERNAL_AUDITORs of the team' })
  auditorIds: string[];

  @UuidList(50, { description: 'agencies of the QMS being audited' }, 1)
  auditeeAgencyIds: string[];
}

export class ListAuditsQuery extends PageQuery {
  @OptionalUuid()
  programmeId?: string;

  @OptionalUuid()
  agencyId?: string;

  @OptionalEnum(AUDIT_STATUSES, { enumName: 'AuditStatus' })
  status?: AuditStatus;
}

export class AuditActionDto extends VersionedDto {
  @OptionalText(1, 2000, { example: 'Họp khai mạc lúc 8 giờ tại phòng họp số 2' })
  comment?: string;
}

/** A planned audit's team and dates changed (before it starts); what is left out stays as it is. */
export class ReplanAuditDto extends VersionedDto {
  @OptionalDay({ example: '2026-05-11', description: 'YYYY-MM-DD, in the programme year' })
  plannedStart?: string;

  @OptionalDay({ example: '2026-05-15', description: 'YYYY-MM-DD, on or after plannedStart' })
  plannedEnd?: string;

  @OptionalUuid({ description: 'an INTERNAL_AUDITOR of the QMS' })
  leadAuditorId?: string;

  @OptionalUuidList(30, { description: 'the other INTERNAL_AUDITORs of the team (replaces the list)' })
  auditorIds?: string[];

  @OptionalText(1, 2000, {
    example: 'Lùi lịch do trùng đợt kiểm tra cải cách hành chính của tỉnh',
    description: 'why the plan changes (kept in the audit trail)',
  })
  reason?: string;
}

export class ReportAuditDto extends VersionedDto {
  @OptionalText(1, 20000, {
    example: 'HTQLCL được duy trì phù hợp; 1 điểm không phù hợp nặng, 2 khuyến nghị',
    description: 'the conclusions of the audit report',
  })
  summary?: string;
}

export class ReportQuery {
  @OptionalEnum(['xlsx'])
  format?: 'xlsx';
}

export class ChecklistItemDto {
  @ApiProperty({ example: '7.5.3' })
  @IsIsoClause()
  clause: string;

  @TextField(1, 2000, {
    example: 'Tài liệu bên ngoài (văn bản pháp luật) có được cập nhật và kiểm soát không?',
  })
  question: string;
}

export class PutChecklistDto extends VersionedDto {
  @NestedList(ChecklistItemDto, { max: 300 })
  items: ChecklistItemDto[];
}

export class AnswerDto extends VersionedDto {
  @EnumField(CHECKLIST_RESULTS, { enumName: 'ChecklistResult' })
  result: ChecklistResult;

  @TextField(1, 5000, {
    example: 'Đã kiểm tra 10 hồ sơ tháng 3, 2 hồ sơ trả kết quả trễ hạn',
    description: 'what was seen (for NOT_APPLICABLE: why it does not apply)',
  })
  evidence: string;
}

export class CreateFindingDto {
  @EnumField(FINDING_TYPES, { enumName: 'FindingType' })
  type: FindingType;

  @ApiProperty({ example: '8.5.1' })
  @IsIsoClause()
  clause: string;

  @TextField(1, 5000, { example: 'Hồ sơ TTHC trả kết quả trễ hạn không có phiếu xin lỗi' })
  description: string;

  @TextField(1, 5000, {
    example: 'Sổ theo dõi hồ sơ tháng 2: hồ sơ 000.12.34, 000.12.56',
    description: 'the objective evidence seen',
  })
  evidence: string;

  @OptionalUuid({ description: 'the audited agency concerned; required when the audit covers several' })
  auditeeAgencyId?: string;

  @OptionalUuid({ description: 'the checklist question it answers' })
  checklistItemId?: string;
}

export class ListFindingsQuery extends PageQuery {
  @OptionalEnum(FINDING_TYPES, { enumName: 'FindingType' })
  type?: FindingType;
}

export class PutAuditorUnitDto {
  @TextField(1, 200, {
    example: 'Phòng Hành chính tư pháp',
    description: "the auditor's home unit in the agency",
  })
  unit: string;
}
