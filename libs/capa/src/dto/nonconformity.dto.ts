import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import {
  AgencyPageQuery,
  BoolField,
  DayField,
  EnumField,
  OptionalEnum,
  OptionalFlag,
  OptionalText,
  OptionalUuid,
  TextField,
  UuidField,
  VersionedDto,
  XlsxFormat,
} from '@app/platform';
import { IsIsoClause } from '../iso-clauses';
import {
  ACTION_STATUSES,
  ANALYSIS_METHODS,
  AnalysisMethod,
  CorrectiveActionStatus,
  NC_SEVERITIES,
  NC_SOURCES,
  NC_STATUSES,
  NonconformitySeverity,
  NonconformitySource,
  NonconformityStatus,
} from '../nonconformity.entity';

/** Every action in a body may carry the version the client saw (or send If-Match). */
class Versioned extends VersionedDto {}

export class CreateNonconformityDto {
  @UuidField()
  agencyId: string;

  @EnumField(NC_SOURCES, { enumName: 'NonconformitySource' })
  source: NonconformitySource;

  @OptionalUuid({
    description: 'an audit finding (source AUDIT), e.g. an observation raised to a nonconformity',
  })
  findingId?: string;

  @TextField(1, 5000, { example: 'Hồ sơ TTHC trả kết quả trễ hạn không có phiếu xin lỗi' })
  description: string;

  @EnumField(NC_SEVERITIES, { enumName: 'NonconformitySeverity' })
  severity: NonconformitySeverity;

  @ApiPropertyOptional({ example: '8.5.1', description: 'the TCVN ISO 9001:2015 clause not met' })
  @IsOptional()
  @IsIsoClause()
  clause?: string;
}

export class ListNonconformitiesQuery extends AgencyPageQuery {
  @OptionalEnum(NC_SOURCES, { enumName: 'NonconformitySource' })
  source?: NonconformitySource;

  @OptionalEnum(NC_SEVERITIES, { enumName: 'NonconformitySeverity' })
  severity?: NonconformitySeverity;

  @OptionalEnum(NC_STATUSES, { enumName: 'NonconformityStatus' })
  status?: NonconformityStatus;

  @OptionalFlag({ description: 'true: not yet closed; false: closed' })
  open?: boolean;

  @OptionalFlag({ description: 'only nonconformities with a corrective action past its due date' })
  overdue?: boolean;

  @OptionalUuid()
  auditId?: string;

  @XlsxFormat('xlsx: the corrective-action log as a spreadsheet')
  format?: 'xlsx';
}

export class AnalysisDto extends Versioned {
  @TextField(1, 5000, {
    example: 'Gửi phiếu xin lỗi cho 2 tổ chức, công dân bị trả kết quả trễ hạn',
    description: 'the immediate correction (sự khắc phục)',
  })
  correction: string;

  @TextField(1, 5000, {
    example: 'Phần mềm một cửa chưa cảnh báo hồ sơ sắp đến hạn',
    description: 'the root cause found',
  })
  rootCause: string;

  @EnumField(ANALYSIS_METHODS, { enumName: 'AnalysisMethod' })
  method: AnalysisMethod;

  @OptionalText(1, 20000, {
    example: 'Tại sao trễ hạn? Không ai biết hồ sơ sắp đến hạn. Tại sao? Phần mềm không cảnh báo…',
    description: 'the analysis itself (the five whys, the fishbone branches…)',
  })
  analysis?: string;
}

export class CreateCorrectiveActionDto extends Versioned {
  @TextField(1, 5000, {
    example: 'Cấu hình cảnh báo hồ sơ đến hạn trên phần mềm một cửa',
    description: 'what removes the cause (hành động khắc phục)',
  })
  description: string;

  @UuidField({ description: 'an active member of the agency' })
  ownerId: string;

  @DayField({ example: '2026-06-30', description: 'YYYY-MM-DD, today or later' })
  dueDate: string;
}

export class CompleteActionDto extends Versioned {
  @OptionalText(1, 5000, {
    example: 'Đã cấu hình cảnh báo từ ngày 15/4, kèm ảnh chụp màn hình',
    description: 'what was done',
  })
  note?: string;
}

export class VerifyDto extends Versioned {
  @BoolField()
  effective: boolean;

  @TextField(1, 5000, {
    example: 'Tháng 5 và 6 không còn hồ sơ trễ hạn',
    description: 'the evidence of effectiveness, or why the actions did not work',
  })
  comment: string;
}

export class CloseNonconformityDto extends Versioned {
  @OptionalText(1, 2000, { example: 'Đã khắc phục và kiểm tra hiệu lực' })
  comment?: string;
}

export class ReopenNonconformityDto extends Versioned {
  @TextField(1, 2000, {
    example: 'Tháng 8 lại có hồ sơ trễ hạn không có phiếu xin lỗi',
    description: 'why it is reopened (e.g. it recurred)',
  })
  reason: string;
}

export class ListCorrectiveActionsQuery extends AgencyPageQuery {
  @OptionalUuid()
  ownerId?: string;

  @OptionalEnum(ACTION_STATUSES, { enumName: 'ActionStatus' })
  status?: CorrectiveActionStatus;

  @OptionalFlag({ description: 'only planned actions past their due date' })
  overdue?: boolean;
}

export class NonconformitySummaryQuery {
  @OptionalUuid()
  agencyId?: string;
}
