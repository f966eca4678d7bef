import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '@app/platform';
import { ListNotificationsQuery, NotificationsService } from '@app/deadlines';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListNotificationsQuery) {
    return this.notifications.list(ctx, query);
  }

  @Post('read-all')
  @HttpCode(200)
  readAll(@Ctx() ctx: RequestContext) {
    return this.notifications.markAllRead(ctx);
  }

  @Post(':id/read')
  @HttpCode(200)
  read(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.notifications.markRead(ctx, id);
  }
}
