import { ValidationOptions, registerDecorator } from 'class-validator';

/**
 * The clauses of TCVN ISO 9001:2015 (clauses 4 to 10, the requirements) with their Vietnamese
 * titles. Checklist questions, findings and nonconformities name one of them. It lives in capa,
 * the lower of the two libs, so that audits (which imports capa) and capa share one list.
 */
export const ISO_9001_CLAUSES: Readonly<Record<string, string>> = {
  '4': 'Bối cảnh của tổ chức',
  '4.1': 'Hiểu tổ chức và bối cảnh của tổ chức',
  '4.2': 'Hiểu nhu cầu và mong đợi của các bên quan tâm',
  '4.3': 'Xác định phạm vi của hệ thống quản lý chất lượng',
  '4.4': 'Hệ thống quản lý chất lượng và các quá trình của hệ thống',
  '4.4.1': 'Hệ thống quản lý chất lượng và các quá trình của hệ thống',
  '4.4.2': 'Duy trì và lưu giữ thông tin dạng văn bản về các quá trình',
  '5': 'Sự lãnh đạo',
  '5.1': 'Sự lãnh đạo và cam kết',
  '5.1.1': 'Khái quát',
  '5.1.2': 'Hướng vào khách hàng',
  '5.2': 'Chính sách',
  '5.2.1': 'Thiết lập chính sách chất lượng',
  '5.2.2': 'Truyền đạt chính sách chất lượng',
  '5.3': 'Vai trò, trách nhiệm và quyền hạn trong tổ chức',
  '6': 'Hoạch định',
  '6.1': 'Hành động giải quyết rủi ro và cơ hội',
  '6.1.1': 'Xác định rủi ro và cơ hội cần giải quyết',
  '6.1.2': 'Hoạch định hành động giải quyết rủi ro và cơ hội',
  '6.2': 'Mục tiêu chất lượng và hoạch định để đạt được mục tiêu',
  '6.2.1': 'Thiết lập mục tiêu chất lượng',
  '6.2.2': 'Hoạch định để đạt được mục tiêu chất lượng',
  '6.3': 'Hoạch định các thay đổi',
  '7': 'Hỗ trợ',
  '7.1': 'Nguồn lực',
  '7.1.1': 'Khái quát',
  '7.1.2': 'Con người',
  '7.1.3': 'Cơ sở hạ tầng',
  '7.1.4': 'Môi trường cho việc thực hiện các quá trình',
  '7.1.5': 'Nguồn lực theo dõi và đo lường',
  '7.1.5.1': 'Khái quát',
  '7.1.5.2': 'Liên kết chuẩn đo lường',
  '7.1.6': 'Tri thức của tổ chức',
  '7.2': 'Năng lực',
  '7.3': 'Nhận thức',
  '7.4': 'Trao đổi thông tin',
  '7.5': 'Thông tin dạng văn bản',
  '7.5.1': 'Khái quát',
  '7.5.2': 'Tạo lập và cập nhật',
  '7.5.3': 'Kiểm soát thông tin dạng văn bản',
  '7.5.3.1': 'Kiểm soát thông tin dạng văn bản',
  '7.5.3.2': 'Phân phối, tiếp cận, truy xuất, sử dụng, lưu trữ, kiểm soát thay đổi và hủy bỏ',
  '8': 'Thực hiện',
  '8.1': 'Hoạch định và kiểm soát việc thực hiện',
  '8.2': 'Yêu cầu đối với sản phẩm và dịch vụ',
  '8.2.1': 'Trao đổi thông tin với khách hàng',
  '8.2.2': 'Xác định các yêu cầu liên quan đến sản phẩm và dịch vụ',
  '8.2.3': 'Xem xét các yêu cầu liên quan đến sản phẩm và dịch vụ',
  '8.2.3.1': 'Xem xét các yêu cầu liên quan đến sản phẩm và dịch vụ',
  '8.2.3.2': 'Lưu giữ thông tin dạng văn bản về kết quả xem xét',
  '8.2.4': 'Thay đổi các yêu cầu đối với sản phẩm và dịch vụ',
  '8.3': 'Thiết kế và phát triển sản phẩm và dịch vụ',
  '8.3.1': 'Khái quát',
  '8.3.2': 'Hoạch định thiết kế và phát triển',
  '8.3.3': 'Đầu vào thiết kế và phát triển',
  '8.3.4': 'Kiểm soát thiết kế và phát triển',
  '8.3.5': 'Đầu ra thiết kế và phát triển',
  '8.3.6': 'Thay đổi thiết kế và phát triển',
  '8.4': 'Kiểm soát quá trình, sản phẩm và dịch vụ do bên ngoài cung cấp',
  '8.4.1': 'Khái quát',
  '8.4.2': 'Loại và mức độ kiểm soát',
  '8.4.3': 'Thông tin cho nhà cung cấp bên ngoài',
  '8.5': 'Sản xuất và cung cấp dịch vụ',
  '8.5.1': 'Kiểm soát sản xuất và cung cấp dịch vụ',
  '8.5.2': 'Nhận biết và xác định nguồn gốc',
  '8.5.3': 'Tài sản của khách hàng hoặc nhà cung cấp bên ngoài',
  '8.5.4': 'Bảo toàn',
  '8.5.5': 'Các hoạt động sau giao hàng',
  '8.5.6': 'Kiểm soát thay đổi',
  '8.6': 'Thông qua sản phẩm và dịch vụ',
  '8.7': 'Kiểm soát đầu ra không phù hợp',
  '8.7.1': 'Kiểm soát đầu ra không phù hợp',
  '8.7.2': 'Lưu giữ thông tin dạng văn bản về đầu ra không phù hợp',
  '9': 'Đánh giá kết quả hoạt động',
  '9.1': 'Theo dõi, đo lường, phân tích và đánh giá',
  '9.1.1': 'Khái quát',
  '9.1.2': 'Sự thỏa mãn của khách hàng',
  '9.1.3': 'Phân tích và đánh giá',
  '9.2': 'Đánh giá nội bộ',
  '9.2.1': 'Tiến hành đánh giá nội bộ theo những khoảng thời gian đã hoạch định',
  '9.2.2': 'Hoạch định, thiết lập, thực hiện và duy trì chương trình đánh giá',
  '9.3': 'Xem xét của lãnh đạo',
  '9.3.1': 'Khái quát',
  '9.3.2': 'Đầu vào xem xét của lãnh đạo',
  '9.3.3': 'Đầu ra xem xét của lãnh đạo',
  '10': 'Cải tiến',
  '10.1': 'Khái quát',
  '10.2': 'Sự không phù hợp và hành động khắc phục',
  '10.2.1': 'Khi xảy ra sự không phù hợp',
  '10.2.2': 'Lưu giữ thông tin dạng văn bản về sự không phù hợp và hành động khắc phục',
  '10.3': 'Cải tiến liên tục',
};

export function isIso9001Clause(value: unknown): value is string {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ISO_9001_CLAUSES, value);
}

/** Orders clauses as the standard does (4.4 before 4.10, 10 after 9). */
export function compareClauses(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The value must be a clause of TCVN ISO 9001:2015 (4 … 10.3). */
export function IsIsoClause(options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIsoClause',
      target: object.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a clause of TCVN ISO 9001:2015, such as 8.5.1`,
        ...options,
      },
      validator: { validate: (value: unknown) => isIso9001Clause(value) },
    });
}
