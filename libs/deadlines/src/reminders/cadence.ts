/**
 * When a deadline's reminders fire, as a pure function of its due date and the agency's policy.
 * Steps are numbered so that a later step is always a later instant:
 *   0 — BEFORE, `daysBefore` days ahead (skipped when 0), to the responsible people — but never
 *       earlier than the share `maxLeadShare` of the time between the deadline's registration
 *       and its due date allows (see ReminderWindow);
 *   1 — DUE, on the due instant (skipped when `remindOnDue` is off), to them again;
 *   2, 3, … — OVERDUE, every `overdueEveryDays` after it, each one level further up the chain
 *   (ISO secretary, then head of agency, then provincial oversight), for as long as it stays open.
 */
export interface ReminderPolicyValues {
  daysBefore: number;
  remindOnDue: boolean;
  overdueEveryDays: number;
}

/** A reminder_policies row (snake_case columns) as policy values; no row (nulls of a LEFT JOIN): the default. */
export function policyFromRow(row: {
  days_before: number | null;
  remind_on_due: boolean;
  overdue_every_days: number;
}): ReminderPolicyValues {
  if (row.days_before === null) return DEFAULT_REMINDER_POLICY;
  return {
    daysBefore: row.days_before,
    remindOnDue: row.remind_on_due,
    overdueEveryDays: row.overdue_every_days,
  };
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicyValues = {
  daysBefore: 3,
  remindOnDue: true,
  overdueEveryDays: 2,
};

export type ReminderKind = 'BEFORE' | 'DUE' | 'OVERDUE';

/** 0 responsible people, 1 + ISO secretary, 2 + head of agency (APPROVER), 3 + provincial OVERSIGHT. */
export type EscalationLevel = 0 | 1 | 2 | 3;

export interface ReminderStep {
  step: number;
  kind: ReminderKind;
  level: EscalationLevel;
  at: Date;
}

/**
 * When the deadline was registered, and the largest share of the time from then to its due date
 * the "due soon" reminder may come ahead of it. Without it a 3-day task with a 3-day lead would
 * be "due soon" the moment it is assigned; with a share of 0.5 its first reminder comes halfway,
 * leaving the assignee the first half of the time to act unprompted.
 */
export interface ReminderWindow {
  openedAt: Date;
  maxLeadShare: number;
}

export const DEFAULT_MAX_LEAD_SHARE = 0.5;

const DAY_MS = 24 * 3600 * 1000;
const FIRST_OVERDUE = 2;

export function reminderStep(
  policy: ReminderPolicyValues,
  dueAt: Date,
  step: number,
  window?: ReminderWindow,
): ReminderStep {
  if (step === 0) {
    let lead = policy.daysBefore * DAY_MS;
    const span = window ? dueAt.getTime() - window.openedAt.getTime() : 0;
    if (window && span > 0) lead = Math.min(lead, Math.floor(span * window.maxLeadShare));
    return { step, kind: 'BEFORE', level: 0, at: new Date(dueAt.getTime() - lead) };
  }
  if (step === 1) return { step, kind: 'DUE', level: 0, at: dueAt };
  const overdue = step - FIRST_OVERDUE + 1;
  return {
    step,
    kind: 'OVERDUE',
    level: Math.min(overdue, 3) as EscalationLevel,
    at: new Date(dueAt.getTime() + overdue * policy.overdueEveryDays * DAY_MS),
  };
}

function enabled(policy: ReminderPolicyValues, step: number): boolean {
  if (step === 0) return policy.daysBefore > 0;
  if (step === 1) return policy.remindOnDue;
  return true;
}

/**
 * The step to schedule after `afterStep` (null: none fired yet). When several steps have
 * already passed (a deadline registered late, a worker down for days), only the latest of them
 * fires: one reminder at the highest level reached, not a burst of stale ones.
 */
export function nextReminderStep(
  policy: ReminderPolicyValues,
  dueAt: Date,
  afterStep: number | null,
  now: Date,
  window?: ReminderWindow,
): ReminderStep {
  let step = afterStep === null ? 0 : afterStep + 1;
  while (!enabled(policy, step)) step++;
  // jump over every step already due but the last one
  if (step >= FIRST_OVERDUE || reminderStep(policy, dueAt, step, window).at <= now) {
    const overdueSoFar = Math.floor((now.getTime() - dueAt.getTime()) / (policy.overdueEveryDays * DAY_MS));
    const latestPast =
      overdueSoFar >= 1 ? FIRST_OVERDUE + overdueSoFar - 1 : dueAt <= now && policy.remindOnDue ? 1 : step;
    step = Math.max(step, latestPast);
    while (!enabled(policy, step)) step++;
  }
  return reminderStep(policy, dueAt, step, window);
}

/**
 * BullMQ job id of one step's own job (steps are now fired by slot: dueRemindersJobId): derived
 * from the deadline, its due instant and the step, so re-adding collapses.
 */
export function reminderJobId(deadlineId: string, dueAt: Date, step: number): string {
  return `reminder-${deadlineId}-${dueAt.getTime()}-${step}`;
}

/** BullMQ job id of the job firing every step due by `slot` (epoch ms): re-adding it collapses. */
export function dueRemindersJobId(slot: number): string {
  return `reminders-due-${slot}`;
}
