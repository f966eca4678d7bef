import {
  addWorkingDays,
  businessDaysBetween,
  dueBusinessDate,
  endOfBusinessDate,
  isWorkingDay,
  toBusinessDate,
} from './clock';

describe('business dates in Asia/Ho_Chi_Minh', () => {
  it('a date deadline is the end of that day in Viet Nam', () => {
    expect(endOfBusinessDate('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(dueBusinessDate(endOfBusinessDate('2026-12-31'))).toBe('2026-12-31');
    expect(dueBusinessDate(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
    expect(toBusinessDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('counts calendar days between dates', () => {
    expect(businessDaysBetween('2026-12-02', '2026-12-04')).toBe(2);
    expect(businessDaysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(businessDaysBetween('2026-01-10', '2026-04-09')).toBe(89);
  });

  it('counts working days past weekends and holidays', () => {
    const holidays = new Set(['2026-09-02']);
    expect(isWorkingDay('2026-12-05', holidays)).toBe(false); // Saturday
    expect(isWorkingDay('2026-09-02', holidays)).toBe(false);
    expect(addWorkingDays('2026-12-04', 3, holidays)).toBe('2026-12-09'); // Fri + 3 → Wed
    expect(addWorkingDays('2026-09-01', 2, holidays)).toBe('2026-09-04'); // skips Quốc khánh
    expect(addWorkingDays('2026-12-04', 0, holidays)).toBe('2026-12-04');
  });
});
