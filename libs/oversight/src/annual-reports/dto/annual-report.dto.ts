import {
  AgencyPageQuery,
  OptionalEnum,
  OptionalText,
  OptionalUuid,
  OptionalVersion,
  OptionalYearQuery,
  TextField,
  UuidField,
  YearField,
  YearQuery,
} from '@app/platform';
import { ANNUAL_REPORT_STATUSES, AnnualReportStatus } from '../annual-report.entity';

class NarrativeDto {
  @OptionalText(0, 20000, { description: 'overall assessment (đánh giá chung)' })
  assessment?: string;

  @OptionalText(0, 20000, { description: 'difficulties (khó khăn, vướng mắc)' })
  difficulties?: string;

  @OptionalText(0, 20000, { description: 'proposals (kiến nghị, đề xuất)' })
  proposals?: string;
}

export class CreateAnnualReportDto extends NarrativeDto {
  @UuidField()
  agencyId: string;

  @YearField()
  year: number;
}

export class UpdateAnnualReportDto extends NarrativeDto {
  @OptionalVersion()
  version?: number;
}

export class AnnualReportActionDto {
  @OptionalVersion()
  version?: number;
}

export class ReturnAnnualReportDto extends AnnualReportActionDto {
  @TextField(1, 5000, { description: 'what the agency must correct' })
  reason: string;
}

export class ListAnnualReportsQuery extends AgencyPageQuery {
  @OptionalYearQuery()
  year?: number;

  @OptionalEnum(ANNUAL_REPORT_STATUSES, { enumName: 'AnnualReportStatus' })
  status?: AnnualReportStatus;
}

export class AnnualReportQuery {
  @UuidField()
  agencyId: string;

  @YearQuery()
  year: number;

  @OptionalEnum(['json', 'xlsx', 'pdf'], { description: 'pdf: the report in the form of Nghị định 30/2020' })
  format?: 'json' | 'xlsx' | 'pdf';
}

export class ProvinceAnnualReportQuery {
  @OptionalUuid({ description: 'default: the province the caller oversees' })
  provinceAgencyId?: string;

  @YearQuery()
  year: number;

  @OptionalEnum(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}
