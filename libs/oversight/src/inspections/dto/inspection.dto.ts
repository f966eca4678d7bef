import {
  AgencyPageQuery,
  BoolField,
  DayField,
  eachText,
  EnumField,
  ListField,
  NestedList,
  OptionalEnum,
  OptionalInt,
  OptionalText,
  OptionalUuid,
  OptionalVersion,
  OptionalYearQuery,
  PageQuery,
  TextField,
  UuidField,
  YearField,
} from '@app/platform';
import {
  INSPECTION_FINDING_TYPES,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  InspectionFindingType,
  InspectionKind,
  InspectionStatus,
} from '../inspection.entity';

export class InspectionPlanItemDto {
  @UuidField()
  agencyId: string;

  @BoolField({ description: 'also inspected on site (every agency of the plan has its dossier checked)' })
  onSite: boolean;

  @OptionalInt({ min: 1, max: 12 }, { minimum: 1, maximum: 12 })
  plannedMonth?: number;
}

export class CreateInspectionPlanDto {
  @UuidField()
  provinceAgencyId: string;

  @YearField()
  year: number;

  @TextField(1, 500, { example: 'Kế hoạch kiểm tra việc áp dụng HTQLCL năm 2026' })
  title: string;

  @NestedList(InspectionPlanItemDto, { min: 1, max: 5000 })
  items: InspectionPlanItemDto[];
}

export class ListInspectionPlansQuery extends PageQuery {
  @OptionalUuid()
  provinceAgencyId?: string;

  @OptionalYearQuery()
  year?: number;
}

export class InspectionFindingDto {
  @EnumField(INSPECTION_FINDING_TYPES, { enumName: 'InspectionFindingType' })
  type: InspectionFindingType;

  @OptionalText(1, 20, { example: '7.5.3' })
  clause?: string;

  @TextField(1, 5000)
  description: string;

  @OptionalEnum(['MAJOR', 'MINOR'], {
    default: 'MINOR',
    description: 'how serious a NONCONFORMITY finding is (the nonconformity it opens has this severity)',
  })
  severity?: 'MAJOR' | 'MINOR';
}

export class CreateInspectionDto {
  @UuidField()
  agencyId: string;

  @EnumField(INSPECTION_KINDS, { enumName: 'InspectionKind' })
  kind: InspectionKind;

  @DayField({ example: '2026-06-15', description: 'YYYY-MM-DD, not in the future' })
  inspectedOn: string;

  @ListField({ min: 1, max: 20 }, eachText(1, 200), {
    type: [String],
    example: ['Nguyễn Văn Kiểm', 'Trần Thị Tra'],
  })
  inspectors: string[];

  @TextField(1, 10000, { example: 'Cơ quan duy trì, cải tiến HTQLCL cơ bản đáp ứng yêu cầu' })
  conclusion: string;

  @NestedList(InspectionFindingDto, { max: 200 })
  findings: InspectionFindingDto[];
}

export class ListInspectionsQuery extends AgencyPageQuery {
  @OptionalUuid()
  provinceAgencyId?: string;

  @OptionalEnum(INSPECTION_STATUSES, { enumName: 'InspectionStatus' })
  status?: InspectionStatus;

  @OptionalYearQuery()
  year?: number;
}

export class SubmitCorrectiveReportDto {
  @TextField(1, 50000, { description: 'what was corrected, the causes found and the actions taken' })
  content: string;

  @OptionalVersion()
  version?: number;
}

export class DecideCorrectiveReportDto {
  @OptionalText(1, 5000, { description: 'required when rejecting' })
  comment?: string;

  @OptionalVersion()
  version?: number;
}
