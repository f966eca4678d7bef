import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext } from '@app/platform';
import { ReminderPoliciesService, ReminderPolicyDto } from '@app/deadlines';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('agencies/:id/reminder-policy')
export class ReminderPoliciesController {
  constructor(private readonly policies: ReminderPoliciesService) {}

  @Get()
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string) {
    return this.policies.get(ctx, agencyId);
  }

  @Put()
  put(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) agencyId: string,
    @Body() dto: ReminderPolicyDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.policies.put(ctx, agencyId, dto, version);
  }
}
