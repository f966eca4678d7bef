import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx, RequestContext } from '@app/platform';
import {
  AdministrativeProceduresService,
  ImportAdministrativeProceduresQuery,
  ListAdministrativeProceduresQuery,
  ProvinceQuery,
} from '@app/oversight';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('oversight: administrative procedures')
@ApiBearerAuth()
@Controller()
export class AdministrativeProceduresController {
  constructor(private readonly procedures: AdministrativeProceduresService) {}

  @Get('agencies/:id/administrative-procedures')
  list(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: ListAdministrativeProceduresQuery,
  ) {
    return this.procedures.list(ctx, id, query);
  }

  @Post('agencies/:id/administrative-procedures/import')
  @HttpCode(200)
  @ApiConsumes(
    'text/csv',
    'multipart/form-data',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiBody({
    description:
      'CSV (UTF-8; comma or semicolon separated, as Excel saves it) or XLSX (first worksheet) with columns code, name and optionally field (or Mã TTHC, Tên TTHC, Lĩnh vực), as the body or the field "file"',
    schema: { type: 'string' },
  })
  import(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: ImportAdministrativeProceduresQuery,
    @Req() request: Request,
  ) {
    return this.procedures.import(ctx, id, request, query);
  }

  @Get('agencies/:id/coverage')
  coverage(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.procedures.coverage(ctx, id);
  }

  @Get('reports/coverage')
  provinceCoverage(@Ctx() ctx: RequestContext, @Query() query: ProvinceQuery) {
    return this.procedures.provinceCoverage(ctx, query.provinceAgencyId);
  }
}
