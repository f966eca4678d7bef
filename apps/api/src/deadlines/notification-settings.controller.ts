import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext } from '@app/platform';
import {
  EmailDeliveriesService,
  ListEmailDeliveriesQuery,
  NotificationPreferencesDto,
  NotificationPreferencesService,
} from '@app/deadlines';
import { uuidPipe } from '../http/uuid.pipe';

/** The caller's own muted notification kinds. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  get(@Ctx() ctx: RequestContext) {
    return this.preferences.get(ctx);
  }

  @Put()
  put(
    @Ctx() ctx: RequestContext,
    @Body() dto: NotificationPreferencesDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.preferences.put(ctx, dto, version);
  }
}

/** Administrators: e-mails of notifications (by default the FAILED ones), and a retry. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('email-deliveries')
export class EmailDeliveriesController {
  constructor(private readonly deliveries: EmailDeliveriesService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListEmailDeliveriesQuery) {
    return this.deliveries.list(ctx, query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  retry(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.deliveries.retry(ctx, id);
  }
}
