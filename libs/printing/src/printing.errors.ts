import { CodesOf, defineErrors } from '@app/platform';

/** The error codes of printing (decisions, cover pages, controlled copies, printed reports). */
export const PRINTING_ERRORS = defineErrors('printing', {
  errors: {
    DECISION_NOT_ISSUED:
      '409 Yêu cầu chưa được phê duyệt nên chưa có quyết định để in | The request is not approved, so there is no decision to print',
    DECISION_FORM_UNAVAILABLE:
      '409 Không có mẫu quyết định cho loại yêu cầu này | There is no decision form for this kind of request',
    CONTROLLED_COPY_NOT_PDF: '409 Chỉ tệp PDF mới có bản kiểm soát | Only a PDF file has a controlled copy',
    CONTROLLED_COPY_NOT_PUBLISHED:
      '409 Chỉ lần ban hành đang hoặc đã hết hiệu lực mới có bản kiểm soát | Only an effective or superseded revision has controlled copies',
    CONTROLLED_COPY_TOO_LARGE:
      '409 Tệp quá lớn để đóng dấu bản kiểm soát (tối đa {limit} MB) | The file is too large to stamp as a controlled copy (at most {limit} MB)',
    CONTROLLED_COPY_UNREADABLE:
      '409 Không đọc được tệp PDF để đóng dấu (tệp bị mã hóa hoặc hỏng) | The PDF cannot be read to stamp it (encrypted or damaged)',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof PRINTING_ERRORS> {}
}
