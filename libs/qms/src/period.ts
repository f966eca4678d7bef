/**
 * Reporting periods as the one-stop system and the objectives name them: a year (`2026`), a
 * quarter (`2026-Q1`) or a month (`2026-03`).
 */
export const PERIOD_PATTERN = /^(\d{4})(?:-(Q[1-4]|0[1-9]|1[0-2]))?$/;

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

export interface Period {
  key: string;
  year: number;
  kind: PeriodKind;
  /** First and last day. */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}

export function parsePeriod(key: string): Period | null {
  const m = PERIOD_PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { key, year, kind: 'YEAR', from: `${year}-01-01`, to: `${year}-12-31` };
  if (m[2].startsWith('Q')) {
    const q = Number(m[2].slice(1));
    return { key, year, kind: 'QUARTER', from: `${year}-${pad(q * 3 - 2)}-01`, to: lastDay(year, q * 3) };
  }
  const month = Number(m[2]);
  return { key, year, kind: 'MONTH', from: `${year}-${pad(month)}-01`, to: lastDay(year, month) };
}

/** The periods of a year at a frequency, in order. */
export function periodsOf(year: number, frequency: 'MONTHLY' | 'QUARTERLY' | 'YEARLY'): string[] {
  if (frequency === 'YEARLY') return [String(year)];
  if (frequency === 'QUARTERLY') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
}

/** Sort key: a period orders by its last day, then the longer one first. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.to.localeCompare(pb.to) || pa.from.localeCompare(pb.from);
}
