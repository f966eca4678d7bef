import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, RequestContext, Role } from '@app/platform';
import {
  ObjectivesService,
  ProcessPerformanceService,
  RisksService,
  SatisfactionService,
  TrainingService,
} from '@app/qms';

/** Adds days to a date (YYYY-MM-DD). */
function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The context of a demo user in the agency (as if they had signed in). */
async function asUser(
  dataSource: DataSource,
  username: string,
  agencyId: string,
): Promise<{ ctx: RequestContext; id: string } | null> {
  const [user] = await dataSource.query<{ id: string; full_name: string; roles: Role[] }[]>(
    `SELECT u.id, u.full_name, m.roles FROM users u JOIN memberships m ON m.user_id = u.id AND m.agency_id = $2
      WHERE u.username = $1`,
    [username, agencyId],
  );
  if (!user) return null;
  return {
    id: user.id,
    ctx: new RequestContext(
      { id: user.id, username, fullName: user.full_name },
      [{ agencyId, roles: user.roles }],
      [],
      'seed',
    ),
  };
}

/**
 * A year of quality data for Sở Tư pháp (the demo department), entered as its ISO secretary
 * would, so the audit trail and the deadlines tell the same story: the internal auditor's
 * training (which qualifies stp.danhgia for the audit team), risks and an opportunity of its
 * one-stop procedures with a treatment under way, quality objectives (one bound to the on-time
 * rate), two quarters of one-stop figures, a satisfaction survey and two citizens' feedback.
 * Skipped when the department already has risks.
 */
export async function seedDepartmentQuality(
  app: INestApplicationContext,
  options: { agencyId: string; secretaryUsername: string; auditorUsername: string; staffUsername: string },
): Promise<{ created: boolean }> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const { agencyId } = options;
  const existing = await dataSource.query('SELECT 1 FROM risks WHERE agency_id = $1 LIMIT 1', [agencyId]);
  if (existing.length > 0) return { created: false };
  const secretary = await asUser(dataSource, options.secretaryUsername, agencyId);
  const auditor = await asUser(dataSource, options.auditorUsername, agencyId);
  const staff = await asUser(dataSource, options.staffUsername, agencyId);
  if (!secretary || !auditor || !staff) return { created: false };
  const ctx = secretary.ctx;
  const today = app.get(Clock).today();
  const year = Number(today.slice(0, 4));
  const training = app.get(TrainingService);
  const risks = app.get(RisksService);
  const objectives = app.get(ObjectivesService);
  const performance = app.get(ProcessPerformanceService);
  const satisfaction = app.get(SatisfactionService);

  // 7.2: the internal auditor is qualified by a valid training; the secretary's awareness course
  await training.create(ctx, {
    agencyId,
    userId: auditor.id,
    category: 'INTERNAL_AUDITOR',
    course: 'Chuyên gia đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
    provider: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Kon Tum',
    completedOn: shift(today, -120),
    expiresOn: shift(today, 3 * 365 - 120),
    certificateNumber: `CGĐGNB-${year}-017`,
  });
  await training.create(ctx, {
    agencyId,
    userId: secretary.id,
    category: 'ISO_9001',
    course: 'Nhận thức và áp dụng TCVN ISO 9001:2015 trong cơ quan hành chính nhà nước',
    provider: 'Sở Khoa học và Công nghệ tỉnh Kon Tum',
    completedOn: shift(today, -200),
  });

  // 6.1: risks and an opportunity of the one-stop procedures
  const late = await risks.create(ctx, {
    agencyId,
    title: 'Hồ sơ cấp Phiếu lý lịch tư pháp trả kết quả trễ hạn do chờ kết quả xác minh của cơ quan phối hợp',
    process: 'Quy trình cấp Phiếu lý lịch tư pháp',
    cause: 'Công an cấp huyện, Tòa án trả lời xác minh chậm; không có đầu mối theo dõi hồ sơ chờ xác minh',
    consequence: 'Trả kết quả quá hạn, người dân đi lại nhiều lần, bị phản ánh; giảm tỷ lệ hài lòng',
    likelihood: 4,
    impact: 4,
  });
  await risks.planTreatment(ctx, late.id, {
    strategy: 'MITIGATE',
    treatment:
      'Lập sổ theo dõi hồ sơ chờ xác minh; đôn đốc bằng văn bản sau 3 ngày làm việc; báo cáo lãnh đạo hằng tuần',
    actions: [
      {
        description: 'Lập và cập nhật hằng ngày sổ theo dõi hồ sơ chờ xác minh trên Hệ thống một cửa',
        ownerId: staff.id,
        dueDate: shift(today, 20),
      },
      {
        description: 'Ký quy chế phối hợp xác minh lý lịch tư pháp với Công an tỉnh',
        ownerId: secretary.id,
        dueDate: shift(today, 45),
      },
    ],
  });
  await risks.create(ctx, {
    agencyId,
    title: 'Sai sót thông tin trong Phiếu lý lịch tư pháp do nhập liệu thủ công',
    process: 'Quy trình cấp Phiếu lý lịch tư pháp',
    cause: 'Nhập lại thông tin từ tờ khai giấy; không đối chiếu với Cơ sở dữ liệu quốc gia về dân cư',
    consequence: 'Phải cấp lại phiếu, ảnh hưởng quyền lợi người dân',
    likelihood: 2,
    impact: 4,
  });
  const lost = await risks.create(ctx, {
    agencyId,
    title: 'Thất lạc hồ sơ giấy khi luân chuyển giữa Bộ phận Một cửa và phòng chuyên môn',
    process: 'Tiếp nhận và trả kết quả tại Bộ phận Một cửa',
    likelihood: 2,
    impact: 3,
  });
  await risks.planTreatment(ctx, lost.id, {
    strategy: 'ACCEPT',
    treatment: 'Chấp nhận: hồ sơ đã được số hóa khi tiếp nhận, phiếu luân chuyển có ký nhận',
  });
  await risks.assessResidual(ctx, lost.id, {
    likelihood: 1,
    impact: 3,
    effective: true,
    comment: 'Không phát sinh trường hợp thất lạc trong 6 tháng',
  });
  await risks.create(ctx, {
    agencyId,
    kind: 'OPPORTUNITY',
    title: 'Cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID, trả kết quả bản điện tử',
    process: 'Quy trình cấp Phiếu lý lịch tư pháp',
    likelihood: 4,
    impact: 3,
  });

  // 6.2: objectives of the year, one bound to the one-stop on-time rate
  await objectives.create(ctx, {
    agencyId,
    year,
    title: 'Ít nhất 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn',
    indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn trên Hệ thống một cửa',
    target: 98,
    unit: '%',
    binding: 'ON_TIME_RATE',
  });
  const complaints = await objectives.create(ctx, {
    agencyId,
    year,
    title: 'Không quá 2 phản ánh về thái độ phục vụ mỗi quý',
    indicator: 'Số phản ánh về thái độ phục vụ của công chức Bộ phận Một cửa',
    target: 2,
    unit: 'phản ánh',
    direction: 'AT_MOST',
  });
  await objectives.measure(ctx, complaints.id, {
    period: `${year}-Q1`,
    value: 1,
    evidence: 'Sổ theo dõi phản ánh, kiến nghị quý 1',
  });
  await objectives.measure(ctx, complaints.id, {
    period: `${year}-Q2`,
    value: 0,
    evidence: 'Sổ theo dõi phản ánh, kiến nghị quý 2',
  });
  await objectives.create(ctx, {
    agencyId,
    year,
    title: 'Tỷ lệ người dân hài lòng đạt từ 95% trở lên',
    indicator: 'Tỷ lệ người được khảo sát hài lòng hoặc rất hài lòng',
    target: 95,
    unit: '%',
    frequency: 'YEARLY',
  });

  // 9.1.1: the one-stop figures of two quarters (the bound objective measures itself)
  const rows = (q: number) => [
    {
      procedureCode: '2.000488',
      procedureName:
        'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
      received: 412 + q * 20,
      onTime: 398 + q * 18,
      late: 6 - q,
      pending: 8 + q,
    },
    {
      procedureCode: '2.000505',
      procedureName: 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng',
      received: 57,
      onTime: 57,
      late: 0,
      pending: 0,
    },
    {
      procedureCode: '2.001008',
      procedureName: 'Cấp bản sao trích lục hộ tịch',
      received: 96 + q * 4,
      onTime: 96 + q * 4,
      late: 0,
      pending: 0,
    },
  ];
  for (const q of [1, 2]) {
    await performance.import(ctx, { agencyId, period: `${year}-Q${q}` }, rows(q), 'JSON');
  }

  // 9.1.2: a survey round and the feedback log
  await satisfaction.createSurvey(ctx, {
    agencyId,
    period: `${year}-Q2`,
    title: `Khảo sát sự hài lòng của người dân, tổ chức quý 2/${year}`,
    method: 'Phiếu khảo sát tại Bộ phận Một cửa và trên Cổng dịch vụ công',
    respondents: 320,
    satisfied: 306,
    questions: [
      { question: 'Tiếp cận dịch vụ', average: 4.6, satisfiedShare: 0.97 },
      { question: 'Thủ tục hành chính (thành phần hồ sơ, phí, lệ phí)', average: 4.4, satisfiedShare: 0.93 },
      { question: 'Công chức trực tiếp giải quyết', average: 4.7, satisfiedShare: 0.97 },
      { question: 'Kết quả và thời gian giải quyết', average: 4.3, satisfiedShare: 0.92 },
    ],
  });
  const complaint = await satisfaction.logFeedback(staff.ctx, {
    agencyId,
    kind: 'COMPLAINT',
    channel: 'HOTLINE',
    receivedOn: shift(today, -3),
    procedureCode: '2.000488',
    content:
      'Hồ sơ xin cấp Phiếu lý lịch tư pháp quá hẹn 5 ngày nhưng không nhận được thư xin lỗi, không rõ lý do chậm',
  });
  await satisfaction.openNonconformity(ctx, complaint.id, {
    severity: 'MINOR',
    description:
      'Hồ sơ trễ hạn không có phiếu xin lỗi và hẹn lại ngày trả kết quả theo Nghị định 61/2018/NĐ-CP',
  });
  await satisfaction.logFeedback(staff.ctx, {
    agencyId,
    kind: 'SUGGESTION',
    channel: 'PORTAL',
    receivedOn: shift(today, -10),
    content: 'Đề nghị cho phép nhận Phiếu lý lịch tư pháp qua dịch vụ bưu chính công ích',
  });
  return { created: true };
}
