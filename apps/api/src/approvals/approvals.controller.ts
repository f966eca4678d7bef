import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, DomainError, ExpectedVersion, RequestContext, bilingualDetail } from '@app/platform';
import {
  APPROVAL_KINDS,
  ApprovalKind,
  ApprovalsService,
  CreateApprovalRequestDto,
  DecisionDto,
  ListApprovalRequestsQuery,
  PutWorkflowTemplateDto,
  WorkflowTemplatesService,
} from '@app/approvals';
import { uuidPipe } from '../http/uuid.pipe';

function kindOf(value: string): ApprovalKind {
  if (!(APPROVAL_KINDS as readonly string[]).includes(value)) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      bilingualDetail(
        'kind',
        `Trường "kind" phải là một trong các giá trị: ${APPROVAL_KINDS.join(', ')}`,
        `kind must be one of ${APPROVAL_KINDS.join(', ')}`,
      ),
    ]);
  }
  return value as ApprovalKind;
}

@ApiTags('approvals')
@ApiBearerAuth()
@Controller()
export class ApprovalsController {
  constructor(
    private readonly approvals: ApprovalsService,
    private readonly templates: WorkflowTemplatesService,
  ) {}

  @Post('approval-requests')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateApprovalRequestDto) {
    return this.approvals.create(ctx, dto);
  }

  @Get('approval-requests')
  list(@Ctx() ctx: RequestContext, @Query() query: ListApprovalRequestsQuery) {
    return this.approvals.list(ctx, query);
  }

  @Get('approval-requests/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.approvals.get(ctx, id);
  }

  @Post('approval-requests/:id/submit')
  @HttpCode(200)
  submit(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Body() dto: DecisionDto) {
    return this.approvals.submit(ctx, id, dto);
  }

  @Post('approval-requests/:id/approve')
  @HttpCode(200)
  approve(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DecisionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.approvals.decide(ctx, id, 'approve', dto, version);
  }

  @Post('approval-requests/:id/reject')
  @HttpCode(200)
  reject(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DecisionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.approvals.decide(ctx, id, 'reject', dto, version);
  }

  @Post('approval-requests/:id/return')
  @HttpCode(200)
  returnToDrafter(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DecisionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.approvals.decide(ctx, id, 'return', dto, version);
  }

  @Post('approval-requests/:id/cancel')
  @HttpCode(200)
  cancel(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Body() dto: DecisionDto) {
    return this.approvals.cancel(ctx, id, dto);
  }

  @Get('agencies/:id/workflow-templates/:kind')
  @ApiParam({ name: 'kind', enum: APPROVAL_KINDS })
  template(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string, @Param('kind') kind: string) {
    return this.templates.get(ctx, agencyId, kindOf(kind));
  }

  @Put('agencies/:id/workflow-templates/:kind')
  @ApiParam({ name: 'kind', enum: APPROVAL_KINDS })
  putTemplate(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) agencyId: string,
    @Param('kind') kind: string,
    @Body() dto: PutWorkflowTemplateDto,
  ) {
    return this.templates.put(ctx, agencyId, kindOf(kind), dto);
  }
}
