import { reminderText } from './reminder-texts';
import { ReminderStep } from './cadence';
import { endOfBusinessDate } from '@app/platform';

const at = (iso: string) => new Date(iso);
const step = (kind: ReminderStep['kind'], when: string, level: ReminderStep['level'] = 0): ReminderStep => ({
  step: kind === 'BEFORE' ? 0 : kind === 'DUE' ? 1 : 2,
  kind,
  level,
  at: at(when),
});

describe('reminder texts count Vietnam calendar days', () => {
  it('a step due in 2 days is "còn 2 ngày", whatever the hour', () => {
    // due Friday 2026-12-04 at the end of the day; reminded on Wednesday morning and late evening
    const due = endOfBusinessDate('2026-12-04');
    expect(reminderText('Khắc phục NC-07', due, step('BEFORE', '2026-12-02T08:00:00+07:00')).body).toContain(
      'còn 2 ngày',
    );
    expect(reminderText('Khắc phục NC-07', due, step('BEFORE', '2026-12-02T23:30:00+07:00')).body).toContain(
      'còn 2 ngày',
    );
    // the date shown is the day it is due, not the midnight that ends it
    expect(reminderText('Khắc phục NC-07', due, step('BEFORE', '2026-12-02T08:00:00+07:00')).body).toContain(
      'ngày 04/12/2026',
    );
  });

  it('an instant due in 2 days counts the days in Asia/Ho_Chi_Minh, not in UTC', () => {
    // 2026-12-04 01:00 in Viet Nam is still 2026-12-03 in UTC
    const due = at('2026-12-04T01:00:00+07:00');
    const text = reminderText('Bước 1 phê duyệt', due, step('BEFORE', '2026-12-02T06:30:00+07:00'));
    expect(text.body).toContain('còn 2 ngày');
    expect(text.body).toContain('04/12/2026');
  });

  it('89 days late is "quá hạn 89 ngày"', () => {
    const due = endOfBusinessDate('2026-01-10');
    const text = reminderText('Đánh giá nội bộ', due, step('OVERDUE', '2026-04-09T10:00:00+07:00', 3));
    expect(text.subject).toBe('Quá hạn 89 ngày: Đánh giá nội bộ');
    expect(text.body).toContain('hạn ngày 10/01/2026');
    expect(text.body).toContain('Sở Khoa học và Công nghệ');
    // one day late, all day long
    expect(reminderText('X', due, step('OVERDUE', '2026-01-11T00:00:00+07:00', 1)).subject).toBe(
      'Quá hạn 1 ngày: X',
    );
    expect(reminderText('X', due, step('OVERDUE', '2026-01-11T23:59:00+07:00', 1)).subject).toBe(
      'Quá hạn 1 ngày: X',
    );
  });

  it('on the day: "đến hạn hôm nay"; the due step of a date deadline fires as the day ends', () => {
    const instant = at('2026-12-04T15:00:00+07:00');
    expect(reminderText('X', instant, step('DUE', '2026-12-04T15:00:00+07:00')).subject).toBe(
      'Đến hạn hôm nay: X',
    );
    const endOfDay = endOfBusinessDate('2026-12-04');
    const text = reminderText('X', endOfDay, step('DUE', '2026-12-05T00:00:00+07:00'));
    expect(text.subject).toBe('Đã hết hạn: X');
    expect(text.body).toContain('cuối ngày 04/12/2026');
    // a "due soon" step that fires on the due day itself says so
    expect(reminderText('X', endOfDay, step('BEFORE', '2026-12-04T09:00:00+07:00')).subject).toBe(
      'Đến hạn hôm nay: X',
    );
  });

  it('counts from the moment it is sent when that is later than planned', () => {
    const due = endOfBusinessDate('2026-12-04');
    const planned = step('BEFORE', '2026-12-01T09:00:00+07:00');
    expect(reminderText('X', due, planned, at('2026-12-03T09:00:00+07:00')).body).toContain('còn 1 ngày');
  });
});
