import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import {
  AgencyPageQuery,
  DayField,
  EnumField,
  OptionalDay,
  OptionalEnum,
  OptionalText,
  OptionalUuid,
  OptionalUuidList,
  TextField,
  UuidField,
  UuidList,
  VersionedDto,
} from '@app/platform';
import {
  OUTPUT_CATEGORIES,
  OUTPUT_KINDS,
  OutputCategory,
  OutputKind,
  REVIEW_STATUSES,
  ReviewStatus,
} from '../management-review.entity';

export class CreateManagementReviewDto {
  @UuidField({ description: 'the agency; the review covers its QMS' })
  agencyId: string;

  @TextField(1, 500, { example: 'Họp xem xét của lãnh đạo năm 2026' })
  title: string;

  @DayField({ example: '2026-11-20', description: 'YYYY-MM-DD' })
  plannedDate: string;

  @UuidField({ description: 'the head of agency (APPROVER) chairing it' })
  chairId: string;

  @UuidList(100, { description: 'members of the agencies of the QMS' })
  participantIds: string[];
}

export class ListManagementReviewsQuery extends AgencyPageQuery {
  @OptionalUuid()
  qualitySystemId?: string;

  @OptionalEnum(REVIEW_STATUSES, { enumName: 'ReviewStatus' })
  status?: ReviewStatus;
}

/** A section's note: applied in the order written, the order its messages have always come in. */
const Note = (example: string) =>
  applyDecorators(ApiPropertyOptional({ example }), IsOptional(), IsString(), Length(0, 20000));

/** The secretary's notes on each input section (9.3.2); the body replaces all notes. */
export class InputNotesDto extends VersionedDto {
  @Note('Đã hoàn thành 4/5 hành động của cuộc họp năm trước') previousActions?: string;
  @Note('Sáp nhập phòng Công chứng vào phòng Bổ trợ tư pháp') contextChanges?: string;
  @Note('95% người dân hài lòng theo khảo sát quý III') customerSatisfaction?: string;
  @Note('Đạt 3/4 mục tiêu chất lượng năm') qualityObjectives?: string;
  @Note('98,5% hồ sơ TTHC giải quyết đúng hạn') processPerformance?: string;
  @Note('3 điểm không phù hợp, đã đóng 2') nonconformities?: string;
  @Note('Kết quả theo dõi, đo lường các quá trình đạt yêu cầu') monitoringResults?: string;
  @Note('Đánh giá nội bộ tháng 3: 1 điểm không phù hợp nặng') auditResults?: string;
  @Note('Nhà cung cấp phần mềm một cửa đáp ứng yêu cầu') externalProviders?: string;
  @Note('Thiếu 01 công chức tại bộ phận một cửa') resources?: string;
  @Note('Rủi ro trễ hạn khi số hồ sơ tăng cuối năm') risksAndOpportunities?: string;
  @Note('Số hóa hồ sơ lưu trữ trước năm 2020') improvementOpportunities?: string;
}

export class HoldReviewDto extends VersionedDto {
  @DayField({ example: '2026-11-20', description: 'YYYY-MM-DD, not in the future' })
  heldOn: string;

  @OptionalText(1, 50000, {
    example: 'Biên bản họp xem xét của lãnh đạo năm 2026: …',
    description: 'the minutes (biên bản) of the meeting',
  })
  minutes?: string;

  @OptionalUuidList(100, { description: 'who attended, when not as planned' })
  participantIds?: string[];
}

export class CreateReviewOutputDto {
  @EnumField(OUTPUT_KINDS, { enumName: 'OutputKind' })
  kind: OutputKind;

  @EnumField(OUTPUT_CATEGORIES, {
    enumName: 'OutputCategory',
    description: '9.3.3 a) improvement, b) QMS change, c) resources',
  })
  category: OutputCategory;

  @TextField(1, 5000, { example: 'Bổ sung 01 biên chế cho bộ phận một cửa' })
  description: string;

  @OptionalUuid({ description: 'required for an ACTION' })
  ownerId?: string;

  @OptionalDay({ example: '2027-03-31', description: 'required for an ACTION; YYYY-MM-DD' })
  dueDate?: string;
}

export class CompleteReviewActionDto extends VersionedDto {
  @OptionalText(1, 5000)
  note?: string;
}
