import { BUSINESS_TIME_ZONE } from '@app/platform';
import { ReminderStep } from './cadence';

const DAY_MS = 24 * 3600 * 1000;

function vietnameseDate(instant: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: BUSINESS_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant);
}

const LEVEL_NOTE = [
  '',
  'Thông báo được chuyển đến Thư ký ISO để đôn đốc.',
  'Thông báo được chuyển đến Lãnh đạo cơ quan để chỉ đạo.',
  'Thông báo được chuyển đến Sở Khoa học và Công nghệ để theo dõi.',
];

/** The Vietnamese subject and text of a reminder step. */
export function reminderText(
  title: string,
  dueAt: Date,
  step: ReminderStep,
): { subject: string; body: string } {
  const due = vietnameseDate(dueAt);
  if (step.kind === 'BEFORE') {
    // days left, counted up: a reminder 1.5 days ahead says 2
    const days = Math.max(1, Math.ceil((dueAt.getTime() - step.at.getTime()) / DAY_MS - 1e-9));
    return {
      subject: `Sắp đến hạn: ${title}`,
      body: `Công việc "${title}" đến hạn ngày ${due} (còn ${days} ngày). Vui lòng hoàn thành đúng hạn.`,
    };
  }
  if (step.kind === 'DUE') {
    return {
      subject: `Đến hạn hôm nay: ${title}`,
      body: `Công việc "${title}" đến hạn hôm nay, ngày ${due}.`,
    };
  }
  const late = Math.max(1, Math.round((step.at.getTime() - dueAt.getTime()) / DAY_MS));
  return {
    subject: `Quá hạn ${late} ngày: ${title}`,
    body: `Công việc "${title}" đã quá hạn ${late} ngày (hạn ngày ${due}). ${LEVEL_NOTE[step.level]}`.trim(),
  };
}
