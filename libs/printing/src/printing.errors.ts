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
    DECISION_NOT_PRINTED:
      '409 Quyết định chưa được in từ hệ thống nên chưa có bản để ký; hãy tải bản PDF của quyết định trước | The decision has not been printed yet, so there is nothing to sign; download its PDF first',
    DECISION_ALREADY_SIGNED:
      '409 Quyết định đã có bản ký số được lưu; bản này không bị thay thế | The decision already has a stored signed copy; it is not replaced',
    DECISION_SIGNED_FILE_MISMATCH:
      '409 Tệp tải lên không chứa nguyên vẹn bản quyết định hệ thống đã in cho yêu cầu này (bản in phải là phiên bản đầu tiên của tệp đã ký, không bị sửa) | The upload does not contain, unchanged as its first revision, the decision the system printed for this request',
    DECISION_SIGNATURES_MISSING:
      '409 Quyết định phải có đúng hai chữ ký số thêm vào bản đã in: của người có thẩm quyền rồi của cơ quan (tệp có {count}) | The decision must carry exactly two signatures added to the printed copy, the competent person then the agency ({count} found)',
    DECISION_SIGNATURE_NOT_VALID:
      '409 Chữ ký số thứ {index} trên quyết định không hợp lệ ({status}) | Signature {index} on the decision is not valid ({status})',
    DECISION_PERSON_NOT_SIGNED:
      '409 Người có thẩm quyền phải ký quyết định trước, cơ quan ký sau | The competent person signs the decision first, then the agency',
    DECISION_PERSON_ALREADY_SIGNED:
      '409 Người có thẩm quyền đã ký quyết định này | The competent person has already signed this decision',
    DECISION_SIGNERS_NOT_DISTINCT:
      '409 Hai chữ ký số phải của hai chứng thư khác nhau: người có thẩm quyền và cơ quan | The two signatures must be made with two different certificates: the competent person and the agency',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof PRINTING_ERRORS> {}
}
