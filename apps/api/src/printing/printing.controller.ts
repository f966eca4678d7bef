import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Ctx, RequestContext } from '@app/platform';
import {
  DecisionSigningView,
  DOCX_TYPE,
  PDF_TYPE,
  PrintedFile,
  PrintFormatQuery,
  PrintingService,
  SignDecisionDto,
  SignedDecisionsService,
  SignedDecisionView,
} from '@app/printing';
import { uuidPipe } from '../http/uuid.pipe';

/** Sends a printed file with its name in ASCII and in UTF-8 (RFC 5987). */
export function sendPrinted(response: Response, file: PrintedFile): void {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  response.setHeader('Content-Type', file.contentType);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
  response.end(file.body);
}

@ApiTags('printing')
@ApiBearerAuth()
@Controller()
export class PrintingController {
  constructor(
    private readonly printing: PrintingService,
    private readonly signedDecisions: SignedDecisionsService,
  ) {}

  @Get('approval-requests/:id/decision')
  @ApiOperation({
    summary: 'In quyết định ban hành, sửa đổi hoặc hủy bỏ tài liệu',
    description:
      'Quyết định theo thể thức Nghị định 30/2020 (Phụ lục I) của một yêu cầu đã được phê duyệt, với số quyết định được cấp khi phê duyệt (theo cơ quan và năm, liên tục từ 01). PDF (mặc định) hoặc DOCX để chỉnh sửa trước khi ký. 409 khi yêu cầu chưa được phê duyệt.',
  })
  @ApiProduces(PDF_TYPE, DOCX_TYPE)
  async decision(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Query() query: PrintFormatQuery,
    @Res() response: Response,
  ): Promise<void> {
    sendPrinted(response, await this.printing.decision(ctx, id, query.format ?? 'pdf'));
  }

  @Post('approval-requests/:id/decision/signed')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Lưu quyết định đã ký số (người có thẩm quyền và cơ quan)',
    description:
      'Văn thư của cơ quan tải lên bản PDF quyết định đã được ký bằng thiết bị ký số (USB token) ngoài hệ thống: tệp phải giữ nguyên bản PDF hệ thống đã in cho yêu cầu này làm phiên bản đầu tiên, rồi có đúng hai chữ ký số hợp lệ (VALID) của hai chứng thư khác nhau: người có thẩm quyền ký trước, cơ quan ký sau (Nghị định 30/2020, Phụ lục I). Sau đó GET …/decision?format=pdf trả về bản đã ký. Quản trị cơ quan, thư ký ISO hoặc người phê duyệt của cơ quan. Tệp khác, thiếu chữ ký, chữ ký không hợp lệ hoặc đã có bản ký: 409, không có gì được ghi.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  uploadSignedDecision(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Req() request: Request,
  ): Promise<SignedDecisionView> {
    return this.signedDecisions.upload(ctx, id, request);
  }

  @Post('approval-requests/:id/decision/sign')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ký số từ xa quyết định: người có thẩm quyền rồi cơ quan',
    description:
      'Ký số bản quyết định hệ thống đã in qua nhà cung cấp dịch vụ ký số. as = PERSON: người phê duyệt yêu cầu ký bằng chứng thư của mình (bản đã ký một lần được lưu); as = AGENCY: ký số của cơ quan (SIGNING_PROVIDER) lên trên bản đó, rồi bản ký hai lần được kiểm tra như bản tải lên (POST …/decision/signed) và lưu làm quyết định đã ký. AGENCY trước PERSON, đã ký, chưa in: 409; PERSON bởi người không phải người phê duyệt: 403; chưa cấu hình nhà cung cấp: SIGNING_NOT_CONFIGURED. Không có gì được ghi khi bị từ chối.',
  })
  signDecision(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() body: SignDecisionDto,
  ): Promise<DecisionSigningView> {
    return this.signedDecisions.sign(ctx, id, body.as);
  }

  @Get('approval-requests/:id/decision/signatures')
  @ApiOperation({
    summary: 'Hai chữ ký số của quyết định đã ban hành',
    description:
      'Chữ ký của người có thẩm quyền (PERSON) và của cơ quan (AGENCY) trên bản quyết định đã ký, kiểm tra lại theo SIGNATURE_TRUST_ANCHORS hiện hành. Trước khi bản ký số được lưu: signed = false, không có chữ ký.',
  })
  decisionSignatures(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
  ): Promise<SignedDecisionView> {
    return this.signedDecisions.signatures(ctx, id);
  }

  @Get('documents/:id/versions/:versionId/cover')
  @ApiOperation({
    summary: 'In trang bìa và trang theo dõi sửa đổi của một lần ban hành',
    description:
      'Trang bìa (mã hiệu, lần ban hành, ngày hiệu lực; soạn thảo, soát xét, phê duyệt với họ tên, chức danh, ngày) và trang theo dõi sửa đổi (lần ban hành, ngày, tóm tắt nội dung sửa đổi). PDF (mặc định) hoặc DOCX.',
  })
  @ApiProduces(PDF_TYPE, DOCX_TYPE)
  async cover(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Param('versionId', uuidPipe) versionId: string,
    @Query() query: PrintFormatQuery,
    @Res() response: Response,
  ): Promise<void> {
    sendPrinted(response, await this.printing.cover(ctx, id, versionId, query.format ?? 'pdf'));
  }
}
