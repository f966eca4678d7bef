import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '@app/platform';
import { DeadlinesService, ListDeadlinesQuery } from '@app/deadlines';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListDeadlinesQuery) {
    return this.deadlines.list(ctx, query);
  }
}
