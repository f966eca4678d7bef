import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext } from '@app/platform';
import {
  CreateQualitySystemDto,
  ListQualitySystemsQuery,
  QualitySystemsService,
  UpdateQualitySystemDto,
} from '@app/organization';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('organization')
@ApiBearerAuth()
@Controller('quality-systems')
export class QualitySystemsController {
  constructor(private readonly qualitySystems: QualitySystemsService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListQualitySystemsQuery) {
    return this.qualitySystems.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateQualitySystemDto) {
    return this.qualitySystems.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.qualitySystems.get(ctx, id);
  }

  @Patch(':id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateQualitySystemDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.qualitySystems.update(ctx, id, dto, version);
  }
}
