import {
  NestedList,
  OptionalPattern,
  OptionalText,
  OptionalUuid,
  PageQuery,
  TextField,
  UuidField,
  YearField,
} from '@app/platform';

export const TIER = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export class RolloutPlanItemDto {
  @UuidField()
  agencyId: string;

  @YearField({ example: 2025 })
  targetYear: number;

  @OptionalPattern(
    TIER,
    {
      example: 'provincial-department',
      description: 'grouping in the plan; default the agency level in lower case',
    },
    'tier: lower-case letters, digits, - and _ (at most 40)',
  )
  tier?: string;
}

export class CreateRolloutPlanDto {
  @UuidField()
  provinceAgencyId: string;

  @TextField(1, 500, { example: 'Kế hoạch triển khai ISO điện tử tỉnh Kon Tum giai đoạn 2024-2030' })
  title: string;

  @OptionalText(1, 200, { example: 'Kế hoạch 123/KH-UBND' })
  reference?: string;

  @NestedList(RolloutPlanItemDto, { min: 1, max: 5000 })
  items: RolloutPlanItemDto[];
}

export class ImportRolloutPlanQuery {
  @UuidField()
  provinceAgencyId: string;

  @TextField(1, 500)
  title: string;

  @OptionalText(1, 200)
  reference?: string;
}

export class ListRolloutPlansQuery extends PageQuery {
  @OptionalUuid()
  provinceAgencyId?: string;
}
