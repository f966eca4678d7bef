import { Injectable } from '@nestjs/common';

/** Vietnamese dates (effective dates, due dates) are calendar days in this zone. */
export const BUSINESS_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET = '+07:00';

/**
 * The one source of "now". Tests move it forward (`travel`) instead of sleeping, so
 * effective dates and deadlines can be driven without waiting.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's date (YYYY-MM-DD) in Viet Nam. */
  today(): string {
    return toBusinessDate(this.now());
  }

  travel(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

/** Made once: building an Intl formatter costs far more than formatting with it. */
const BUSINESS_DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function toBusinessDate(instant: Date): string {
  return BUSINESS_DATE_FORMAT.format(instant);
}

/** The instant a business date starts (00:00 in Viet Nam). */
export function startOfBusinessDate(date: string): Date {
  return new Date(`${date}T00:00:00${OFFSET}`);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

/**
 * A due date (YYYY-MM-DD) is due at the end of that day in Viet Nam: the instant the next day
 * starts. Every date deadline (corrective actions, reviews, acknowledgements, redeclarations,
 * legal changes, approval steps) uses this one meaning.
 */
export function endOfBusinessDate(date: string): Date {
  return startOfBusinessDate(addDays(date, 1));
}

/**
 * The business date a deadline falls on: the day of the instant, except that an end of day
 * (00:00 of the next day, as endOfBusinessDate gives) belongs to the day it ends.
 */
export function dueBusinessDate(dueAt: Date): string {
  return toBusinessDate(new Date(dueAt.getTime() - 1));
}

/** Calendar days from one business date to another (negative when `to` is earlier). */
export function businessDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Is the date a working day: not a Saturday, a Sunday or one of `holidays` (YYYY-MM-DD)? */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The date `days` working days after `date` (weekends and `holidays` skipped; `date` itself is
 * not counted): a 3-working-day task given on a Friday is due on Wednesday.
 */
export function addWorkingDays(date: string, days: number, holidays: ReadonlySet<string>): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) left--;
  }
  return current;
}
