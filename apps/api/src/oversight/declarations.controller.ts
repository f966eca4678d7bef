import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, PageQuery, RequestContext } from '@app/platform';
import { Public } from '@app/identity';
import {
  CreateDeclarationDto,
  CreateEffectivenessConfirmationDto,
  DeclarationsService,
  ListDeclarationsQuery,
} from '@app/oversight';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('oversight: declarations')
@ApiBearerAuth()
@Controller()
export class DeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Get('declarations')
  list(@Ctx() ctx: RequestContext, @Query() query: ListDeclarationsQuery) {
    return this.declarations.list(ctx, query);
  }

  @Post('declarations')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateDeclarationDto) {
    return this.declarations.create(ctx, dto);
  }

  @Get('declarations/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
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
