import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext } from '@app/platform';
import {
  CreateLegalChangeDto,
  LegalChangesService,
  LinkDocumentsDto,
  ListLegalChangesQuery,
} from '@app/oversight';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('oversight: legal changes')
@ApiBearerAuth()
@Controller('legal-changes')
export class LegalChangesController {
  constructor(private readonly legalChanges: LegalChangesService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListLegalChangesQuery) {
    return this.legalChanges.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateLegalChangeDto) {
    return this.legalChanges.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.legalChanges.get(ctx, id);
  }

  @Post(':id/documents')
  @HttpCode(200)
  link(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: LinkDocumentsDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.legalChanges.linkDocuments(ctx, id, dto, version);
  }

  @Post(':id/complete')
  @HttpCode(200)
  complete(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @ExpectedVersion() version?: number,
  ) {
    return this.legalChanges.complete(ctx, id, version);
  }
}
