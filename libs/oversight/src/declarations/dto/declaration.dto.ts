import {
  DayField,
  eachMatching,
  OptionalEnum,
  OptionalList,
  OptionalUuid,
  PageQuery,
  PatternField,
  TextField,
  UuidField,
} from '@app/platform';
import { TTHC_CODE } from '../../tthc/dto/administrative-procedure.dto';
import { DECLARATION_STATUSES, DeclarationStatus } from '../declaration.entity';

/** Vietnamese document numbers: 15/QĐ-SKHCN, 123/QĐ-UBND, 07/2025/QĐ-STP … */
export const DECISION_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N}./\-–_ ]{0,79}$/u;

export class CreateEffectivenessConfirmationDto {
  @DayField({ example: '2026-11-25', description: 'YYYY-MM-DD, not in the future' })
  confirmedOn: string;

  @TextField(1, 5000, {
    example:
      'Hệ thống quản lý chất lượng của Sở được xây dựng, áp dụng phù hợp TCVN ISO 9001:2015 và có hiệu lực',
  })
  statement: string;
}

export class CreateDeclarationDto {
  @UuidField({ description: 'an agency of the QMS declared (its lead agency records it)' })
  agencyId: string;

  @PatternField(
    DECISION_NUMBER,
    { example: '15/QĐ-STP', description: 'number of the decision (quyết định công bố)' },
    'decisionNumber: letters, digits, / . - (at most 80)',
  )
  decisionNumber: string;

  @DayField({ example: '2026-12-01', description: 'YYYY-MM-DD, not in the future' })
  decisionDate: string;

  @TextField(1, 200, { example: 'Nguyễn Văn A' })
  signerName: string;

  @TextField(1, 200, { example: 'Giám đốc Sở Tư pháp' })
  signerTitle: string;

  @TextField(1, 5000, { example: 'Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp' })
  scope: string;

  @OptionalList({ max: 5000, unique: true }, eachMatching(TTHC_CODE), {
    type: [String],
    description:
      'TTHC codes of the catalogue the declaration covers; default every TTHC a procedure in force covers',
  })
  administrativeProcedureCodes?: string[];
}

export class ListDeclarationsQuery extends PageQuery {
  @OptionalUuid({ description: 'declarations covering this agency' })
  agencyId?: string;

  @OptionalUuid()
  qualitySystemId?: string;

  @OptionalEnum(DECLARATION_STATUSES, { enumName: 'DeclarationStatus' })
  status?: DeclarationStatus;
}
