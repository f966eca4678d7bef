import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, PageQuery, RequestContext } from '@app/platform';
import { AgencyExportsService } from '@app/exports';
import { uuidPipe } from '../http/uuid.pipe';

/** An agency's whole archive (issue 18): asked for, written by the worker, downloaded until it expires. */
@ApiTags('exports')
@ApiBearerAuth()
@Controller()
export class ExportsController {
  constructor(private readonly exports: AgencyExportsService) {}

  @Post('agencies/:id/exports')
  @HttpCode(202)
  create(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string) {
    return this.exports.create(ctx, agencyId);
  }

  @Get('agencies/:id/exports')
  list(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string, @Query() query: PageQuery) {
    return this.exports.list(ctx, agencyId, query);
  }

  @Get('exports/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.exports.get(ctx, id);
  }

  @Get('exports/:id/content')
  @ApiProduces('application/zip')
  async content(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Res() response: Response) {
    await this.exports.download(ctx, id, response);
  }
}
