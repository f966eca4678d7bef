import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '@app/platform';
import { FileSignaturesService } from '@app/documents';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class FileSignaturesController {
  constructor(private readonly signatures: FileSignaturesService) {}

  @Get('files/:fileId/signatures')
  @ApiOperation({
    summary: 'Chữ ký số trên tệp PDF',
    description:
      'Mỗi chữ ký (PAdES) trên tệp: VALID (nguyên vẹn, người ký thuộc chuỗi tin cậy đã cấu hình, chứng thư còn hiệu lực lúc ký, không có nội dung thêm sau khi ký mà không được ký tiếp), INVALID, UNTRUSTED hoặc INDETERMINATE. Tệp không phải PDF hoặc không có chữ ký: danh sách rỗng.',
  })
  list(@Ctx() ctx: RequestContext, @Param('fileId', uuidPipe) fileId: string) {
    return this.signatures.list(ctx, fileId);
  }
}
