import { Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx, ExpectedVersion, RequestContext } from '@app/platform';
import { SignedApprovalQuery, SignedApprovalsService } from '@app/approvals';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('approvals')
@ApiBearerAuth()
@Controller()
export class SignedApprovalsController {
  constructor(private readonly signed: SignedApprovalsService) {}

  @Post('approval-requests/:id/signed-approval')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Duyệt bước yêu cầu ký số bằng tệp PDF đã ký',
    description:
      'Người duyệt tải lên tệp PDF đã được phê duyệt, có chữ ký số của mình (bản cập nhật gia tăng của đúng tệp đó: các byte đã duyệt giữ nguyên làm phiên bản đầu). Tệp khác, hoặc chữ ký không hợp lệ: 409, không có gì được ghi.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  approve(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: SignedApprovalQuery,
    @Req() request: Request,
    @ExpectedVersion() version?: number,
  ) {
    return this.signed.approve(ctx, id, query, request, version);
  }
}
