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

export function toBusinessDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: BUSINESS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
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
