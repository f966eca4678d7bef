import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Ctx, PageQuery, RequestContext } from '@app/platform';
import { Public } from '@app/identity';
import {
  CreateDeclarationDto,
  CreateEffectivenessConfirmationDto,
  DeclarationsService,
  ListDeclarationsQuery,
} from '@app/oversight';
import { JsonOrPdfQuery, OversightPrintsService } from '@app/printing';
import { uuidPipe } from '../http/uuid.pipe';
import { sendPrinted } from '../printing/printing.controller';

@ApiTags('oversight: declarations')
@ApiBearerAuth()
@Controller()
export class DeclarationsController {
  constructor(
    private readonly declarations: DeclarationsService,
    private readonly prints: OversightPrintsService,
  ) {}

  @Get('declarations')
  list(@Ctx() ctx: RequestContext, @Query() query: ListDeclarationsQuery) {
    return this.declarations.list(ctx, query);
  }

  @Post('declarations')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateDeclarationDto) {
    return this.declarations.create(ctx, dto);
  }

  @Get('declarations/:id')
  @ApiProduces('application/json', 'application/pdf')
  async get(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: JsonOrPdfQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (query.format === 'pdf') return sendPrinted(response, await this.prints.declaration(ctx, id));
    return this.declarations.get(ctx, id);
  }

  @Get('quality-systems/:id/declaration-readiness')
  readiness(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.declarations.readiness(ctx, id);
  }

  @Get('quality-systems/:id/effectiveness-confirmations')
  confirmations(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Query() page: PageQuery) {
    return this.declarations.listConfirmations(ctx, id, page);
  }

  @Post('quality-systems/:id/effectiveness-confirmations')
  confirm(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CreateEffectivenessConfirmationDto,
  ) {
    return this.declarations.confirmEffectiveness(ctx, id, dto);
  }
}

/** Declarations are published (Decision 19/2014/QĐ-TTg): anyone may list an agency's. */
@ApiTags('oversight: declarations')
@Controller('public')
export class PublicDeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Public()
  @Get('agencies/:id/declarations')
  list(@Param('id', uuidPipe) id: string, @Query() page: PageQuery) {
    return this.declarations.listPublic(id, page);
  }
}
