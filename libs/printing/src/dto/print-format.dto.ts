import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `?format=pdf` (default) or `docx` (to edit before signing). */
export class PrintFormatQuery {
  @ApiPropertyOptional({ enum: ['pdf', 'docx'], default: 'pdf' })
  @IsOptional()
  @IsIn(['pdf', 'docx'])
  format?: 'pdf' | 'docx';
}

/** `?format=json` (default) or `pdf` (the document in the form of Nghị định 30/2020). */
export class JsonOrPdfQuery {
  @ApiPropertyOptional({ enum: ['json', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'pdf'])
  format?: 'json' | 'pdf';
}

/** Who signs the decision now: the competent person (first) or the agency (second). */
export class SignDecisionDto {
  @ApiProperty({ enum: ['PERSON', 'AGENCY'], enumName: 'DecisionSigner' })
  @IsIn(['PERSON', 'AGENCY'])
  as: 'PERSON' | 'AGENCY';
}
