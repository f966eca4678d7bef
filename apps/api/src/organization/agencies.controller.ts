import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, languageOf, RequestContext } from '@app/platform';
import {
  AgenciesService,
  AgencyTransferResult,
  CreateAgencyDto,
  DissolveAgencyDto,
  ListAgenciesQuery,
  localizeTransfer,
  MergeAgencyDto,
  TransferQuery,
  UpdateAgencyDto,
} from '@app/organization';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('organization')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListAgenciesQuery) {
    return this.agencies.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateAgencyDto) {
    return this.agencies.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.agencies.get(ctx, id);
  }

  @Patch(':id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateAgencyDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.agencies.update(ctx, id, dto, version);
  }

  @Post(':id/merge')
  @HttpCode(200)
  async merge(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: MergeAgencyDto,
    @Query() query: TransferQuery,
    @Req() request: Request,
  ): Promise<AgencyTransferResult> {
    return localizeTransfer(
      await this.agencies.merge(ctx, id, dto, query.dryRun === true),
      languageOf(request),
    );
  }

  @Post(':id/dissolve')
  @HttpCode(200)
  async dissolve(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DissolveAgencyDto,
    @Query() query: TransferQuery,
    @Req() request: Request,
  ): Promise<AgencyTransferResult> {
    return localizeTransfer(
      await this.agencies.dissolve(ctx, id, dto, query.dryRun === true),
      languageOf(request),
    );
  }
}
