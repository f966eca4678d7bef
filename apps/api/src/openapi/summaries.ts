/**
 * A short Vietnamese summary and description for each operation, composed from its path: the
 * last resource named and the action taken on it. An operation may still set its own with
 * @ApiOperation; this only fills what is missing, so no operation goes undocumented.
 */
const NOUNS: Record<string, string> = {
  'administrative-procedures': 'thủ tục hành chính',
  agencies: 'cơ quan',
  acknowledgements: 'xác nhận đã đọc',
  actions: 'hành động khắc phục',
  analysis: 'phân tích nguyên nhân',
  annual: 'báo cáo năm',
  'annual-reports': 'báo cáo năm',
  answer: 'câu trả lời trong danh mục kiểm tra',
  'approval-requests': 'yêu cầu phê duyệt',
  attachments: 'tệp đính kèm',
  'audit-programmes': 'chương trình đánh giá',
  'audit-trail': 'nhật ký kiểm vết',
  auditors: 'đánh giá viên',
  audits: 'cuộc đánh giá nội bộ',
  checklist: 'danh mục kiểm tra',
  content: 'nội dung tệp',
  'corrective-actions': 'hành động khắc phục',
  'corrective-report': 'báo cáo khắc phục',
  coverage: 'mức độ bao phủ thủ tục',
  dashboards: 'bảng điều khiển',
  deadlines: 'thời hạn',
  'declaration-readiness': 'điều kiện công bố',
  declarations: 'công bố hợp chuẩn',
  deliveries: 'lần gửi',
  documents: 'tài liệu',
  'effectiveness-confirmations': 'xác nhận hiệu lực',
  events: 'sự kiện',
  files: 'tệp',
  findings: 'phát hiện đánh giá',
  health: 'tình trạng hệ thống',
  inputs: 'đầu vào xem xét',
  'inspection-plans': 'kế hoạch kiểm tra',
  inspections: 'cuộc kiểm tra',
  items: 'mục',
  'legal-changes': 'thay đổi văn bản pháp luật',
  'legal-hold': 'phong tỏa hồ sơ',
  'management-review-outputs': 'đầu ra xem xét của lãnh đạo',
  'management-reviews': 'cuộc họp xem xét của lãnh đạo',
  me: 'người dùng hiện tại',
  memberships: 'vai trò theo cơ quan',
  metrics: 'số đo vận hành',
  nonconformities: 'sự không phù hợp',
  notifications: 'thông báo',
  outputs: 'đầu ra xem xét',
  password: 'mật khẩu',
  'periodic-reviews': 'lần xem xét định kỳ',
  progress: 'tiến độ',
  'procedure-records': 'hồ sơ do quy trình tạo ra',
  province: 'tổng hợp cấp tỉnh',
  'quality-systems': 'hệ thống quản lý chất lượng',
  ready: 'sẵn sàng của các thành phần',
  'reminder-policy': 'chính sách nhắc hạn',
  'record-disposals': 'đề nghị hủy hồ sơ',
  'record-files': 'hồ sơ',
  'record-lists': 'danh mục hồ sơ',
  reports: 'báo cáo',
  revisions: 'lần sửa đổi',
  'rollout-plans': 'kế hoạch triển khai',
  summary: 'số liệu tổng hợp',
  users: 'người dùng',
  versions: 'lần ban hành',
  webhooks: 'webhook',
  'workflow-templates': 'quy trình phê duyệt mẫu',
};

const ACTIONS: Record<string, string> = {
  accept: 'Chấp nhận',
  approve: 'Phê duyệt',
  cancel: 'Huỷ',
  close: 'Đóng',
  compile: 'Tổng hợp',
  complete: 'Hoàn thành',
  'copy-from': 'Sao chép',
  dissolve: 'Giải thể',
  hold: 'Ghi nhận đã họp',
  import: 'Nhập từ tệp',
  'integrity-check': 'Kiểm tra toàn vẹn',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  merge: 'Sáp nhập',
  read: 'Đánh dấu đã đọc',
  'read-all': 'Đánh dấu đã đọc tất cả',
  refresh: 'Làm mới phiên đăng nhập',
  reject: 'Từ chối',
  release: 'Gỡ',
  reopen: 'Mở lại',
  report: 'Báo cáo kết quả',
  return: 'Trả lại người soạn',
  start: 'Bắt đầu',
  submit: 'Gửi',
  verify: 'Kiểm tra xác nhận',
};

const VERBS: Record<string, { one: string; many: string }> = {
  get: { one: 'Xem', many: 'Danh sách' },
  post: { one: 'Tạo', many: 'Tạo' },
  put: { one: 'Thay thế', many: 'Thay thế' },
  patch: { one: 'Cập nhật', many: 'Cập nhật' },
  delete: { one: 'Xoá', many: 'Xoá' },
};

export function describeOperation(
  method: string,
  path: string,
  operationId: string,
): { summary: string; description: string } {
  const segments = path.split('/').filter((s) => s && s !== 'api' && s !== 'v1');
  const words = segments.filter((s) => !s.startsWith('{'));
  const last = segments[segments.length - 1] ?? '';
  const lastWord = words[words.length - 1] ?? '';
  const action = ACTIONS[lastWord];
  const subjectWord = action ? words[words.length - 2] : lastWord;
  const noun = NOUNS[subjectWord ?? ''] ?? subjectWord ?? '';
  const verbs = VERBS[method] ?? VERBS.get;
  const collection = !last.startsWith('{') && !action;
  const summary = action
    ? `${action} ${noun}`.trim()
    : `${collection && method === 'get' ? verbs.many : verbs.one} ${noun}`.trim();
  const description = `${summary}. Thao tác ${operationId.replace('_', '.')}; mã lỗi trả về theo lược đồ ApiError.`;
  return { summary, description };
}
