import { businessDaysBetween, dueBusinessDate, toBusinessDate } from '@app/platform';
import { ReminderStep } from './cadence';

/** dd/mm/yyyy of a business date (YYYY-MM-DD). */
function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const LEVEL_NOTE = [
  '',
  'Thông báo được chuyển đến Thư ký ISO để đôn đốc.',
  'Thông báo được chuyển đến Lãnh đạo cơ quan để chỉ đạo.',
  'Thông báo được chuyển đến Sở Khoa học và Công nghệ để theo dõi.',
];

/**
 * The Vietnamese subject and text of a reminder step. Days are Vietnam calendar days between
 * the day the reminder is sent (`now`, by default the step's instant) and the day the deadline
 * falls on (an end-of-day deadline belongs to the day it ends): a task due on Friday is "còn 2
 * ngày" on Wednesday at any hour, and "quá hạn 1 ngày" all of Saturday.
 */
export function reminderText(
  title: string,
  dueAt: Date,
  step: ReminderStep,
  now: Date = step.at,
): { subject: string; body: string } {
  const dueDate = dueBusinessDate(dueAt);
  const due = vietnameseDate(dueDate);
  const daysLeft = businessDaysBetween(toBusinessDate(now), dueDate);
  if (step.kind === 'BEFORE' && daysLeft >= 1) {
    return {
      subject: `Sắp đến hạn: ${title}`,
      body: `Công việc "${title}" đến hạn ngày ${due} (còn ${daysLeft} ngày). Vui lòng hoàn thành đúng hạn.`,
    };
  }
  if (daysLeft >= 0) {
    return {
      subject: `Đến hạn hôm nay: ${title}`,
      body: `Công việc "${title}" đến hạn hôm nay, ngày ${due}.`,
    };
  }
  if (step.kind !== 'OVERDUE') {
    // the due step of an end-of-day deadline fires as that day ends
    return {
      subject: `Đã hết hạn: ${title}`,
      body: `Công việc "${title}" đã hết hạn vào cuối ngày ${due}.`,
    };
  }
  const late = -daysLeft;
  return {
    subject: `Quá hạn ${late} ngày: ${title}`,
    body: `Công việc "${title}" đã quá hạn ${late} ngày (hạn ngày ${due}). ${LEVEL_NOTE[step.level]}`.trim(),
  };
}
