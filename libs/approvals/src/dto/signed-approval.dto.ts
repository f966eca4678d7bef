import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalMaxText } from '@app/platform';

/** The decision's fields of a signed approval, in the query string (the body is the multipart file). */
export class SignedApprovalQuery {
  @OptionalMaxText(5000)
  comment?: string;

  @ApiPropertyOptional({ description: 'the request version the decision was made on (or If-Match)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ description: 'the step being decided (it or the request version is required)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  stepOrder?: number;
}
