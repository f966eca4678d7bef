import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { Ctx, PageQuery, RequestContext } from '@app/platform';
import { DryRunReport, ImportsService, ImportView } from '@app/imports';
import { uuidPipe } from '../http/uuid.pipe';

class RollbackImportDto {
  @ApiPropertyOptional({ description: 'Lý do hoàn tác' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@ApiTags('imports')
@ApiBearerAuth()
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Dry run: 200 with the report per row. Otherwise 202 with the QUEUED import, or 422 with the report. */
  @Post('agencies/:id/imports')
  @HttpCode(202)
  @ApiOkResponse({ description: 'Chạy thử (dryRun): báo cáo từng dòng, không ghi gì' })
  @ApiAcceptedResponse({ description: 'Đã nhận: lần nhập ở trạng thái QUEUED, công việc nền sẽ chạy' })
  @ApiConsumes('multipart/form-data')
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['archive'],
      properties: {
        archive: { type: 'string', format: 'binary' },
        register: { type: 'string', format: 'binary' },
        dryRun: { type: 'boolean' },
      },
    },
  })
  async submit(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) agencyId: string,
    @Query('dryRun') dryRun: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DryRunReport | ImportView> {
    const result = await this.imports.submit(ctx, agencyId, request, dryRun === 'true' || dryRun === '1');
    if ('dryRun' in result) response.status(200);
    return result;
  }

  @Get('agencies/:id/imports')
  list(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) agencyId: string, @Query() query: PageQuery) {
    return this.imports.list(ctx, agencyId, query);
  }

  @Get('imports/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.imports.get(ctx, id);
  }

  /** A FAILED import only: its staged rows are discarded (kept, never published). */
  @Post('imports/:id/rollback')
  @HttpCode(200)
  rollback(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string, @Body() dto: RollbackImportDto) {
    return this.imports.rollback(ctx, id, dto.reason);
  }
}
