import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditTrailService, Ctx, PageQuery, RequestContext } from '@app/platform';
import { AuditCheckpoints } from '@app/storage';

class AuditTrailQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

@ApiTags('audit trail')
@ApiBearerAuth()
@Controller('audit-trail')
export class AuditTrailController {
  constructor(
    private readonly auditTrail: AuditTrailService,
    private readonly checkpoints: AuditCheckpoints,
  ) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: AuditTrailQuery) {
    const { subjectType, subjectId, agencyId } = query;
    return this.auditTrail.list(ctx, { subjectType, subjectId, agencyId }, query);
  }

  @Get('verify')
  verify(@Ctx() ctx: RequestContext) {
    return this.checkpoints.verify(ctx);
  }
}
