import {
  DEFAULT_REMINDER_POLICY,
  nextReminderStep,
  policyFromRow,
  reminderJobId,
  reminderStep,
  ReminderPolicyValues,
} from './cadence';

const DAY = 24 * 3600 * 1000;
const due = new Date('2026-03-20T09:00:00Z');
const daysFromDue = (days: number) => new Date(due.getTime() + days * DAY);
const policy: ReminderPolicyValues = { daysBefore: 3, remindOnDue: true, overdueEveryDays: 2 };

describe('reminder cadence', () => {
  it('plans "due soon" daysBefore ahead, then on the due instant, then every overdueEveryDays one level up', () => {
    expect(reminderStep(policy, due, 0)).toEqual({ step: 0, kind: 'BEFORE', level: 0, at: daysFromDue(-3) });
    expect(reminderStep(policy, due, 1)).toEqual({ step: 1, kind: 'DUE', level: 0, at: due });
    expect(reminderStep(policy, due, 2)).toEqual({ step: 2, kind: 'OVERDUE', level: 1, at: daysFromDue(2) });
    expect(reminderStep(policy, due, 3)).toEqual({ step: 3, kind: 'OVERDUE', level: 2, at: daysFromDue(4) });
    expect(reminderStep(policy, due, 4)).toEqual({ step: 4, kind: 'OVERDUE', level: 3, at: daysFromDue(6) });
  });

  it('never escalates past provincial oversight (level 3), however long it stays overdue', () => {
    expect(reminderStep(policy, due, 12)).toMatchObject({ kind: 'OVERDUE', level: 3, at: daysFromDue(22) });
  });

  describe('first-reminder lead bound (REMINDER_MAX_LEAD_PERCENT)', () => {
    // [case, deadline registered (days from due), maxLeadShare, first reminder (days from due)]
    it.each([
      ['a 3-day task with a 3-day lead is reminded halfway, not the moment it is assigned', -3, 0.5, -1.5],
      ['keeps the policy lead when the deadline was registered long enough ahead', -30, 0.5, -3],
      ['follows the configured share (20 % of a 10-day span is 2 days)', -10, 0.2, -2],
      ['a share of 100 % allows the whole policy lead, even at registration time', -3, 1, -3],
      ['a deadline registered after its due date is not bounded (no negative span)', 1, 0.5, -3],
    ])('%s', (_case, openedDays, maxLeadShare, firstDays) => {
      const window = { openedAt: daysFromDue(openedDays), maxLeadShare };
      expect(reminderStep(policy, due, 0, window).at).toEqual(daysFromDue(firstDays));
    });

    it('bounds only the first reminder, not the due or overdue ones', () => {
      const window = { openedAt: daysFromDue(-1), maxLeadShare: 0.5 };
      expect(reminderStep(policy, due, 1, window).at).toEqual(due);
      expect(reminderStep(policy, due, 2, window).at).toEqual(daysFromDue(2));
    });
  });

  describe('next step to schedule', () => {
    it('starts with "due soon" when it is still ahead', () => {
      expect(nextReminderStep(policy, due, null, daysFromDue(-10))).toMatchObject({
        step: 0,
        kind: 'BEFORE',
      });
    });

    it('skips "due soon" when the policy has no lead, and "due" when remindOnDue is off', () => {
      const noLead = { ...policy, daysBefore: 0 };
      expect(nextReminderStep(noLead, due, null, daysFromDue(-10))).toMatchObject({ step: 1, kind: 'DUE' });
      const noDue = { ...policy, remindOnDue: false };
      expect(nextReminderStep(noDue, due, 0, daysFromDue(-2))).toMatchObject({ step: 2, kind: 'OVERDUE' });
    });

    it('goes on step by step when the worker keeps up', () => {
      expect(nextReminderStep(policy, due, 0, daysFromDue(-3))).toMatchObject({ step: 1, at: due });
      expect(nextReminderStep(policy, due, 1, due)).toMatchObject({ step: 2, at: daysFromDue(2) });
    });

    it('after days down, fires only the latest step already due, at the highest level reached', () => {
      // 5 days overdue with a 2-day cadence: overdue steps at +2 (step 2) and +4 (step 3) have passed
      expect(nextReminderStep(policy, due, null, daysFromDue(5))).toMatchObject({ step: 3, level: 2 });
    });

    it('a deadline registered on its due day gets the due reminder, not a stale "due soon"', () => {
      expect(nextReminderStep(policy, due, null, daysFromDue(0.5))).toMatchObject({ step: 1, kind: 'DUE' });
    });

    it('with remindOnDue off, a registration just after the due instant still fires its one passed step at once', () => {
      // "due soon" is the latest enabled step already passed (DUE is off, the first overdue is ahead)
      const noDue = { ...policy, remindOnDue: false };
      const next = nextReminderStep(noDue, due, null, daysFromDue(0.5));
      expect(next).toMatchObject({ step: 0, kind: 'BEFORE' });
      expect(next.at.getTime()).toBeLessThan(daysFromDue(0.5).getTime());
      expect(nextReminderStep(noDue, due, 0, daysFromDue(0.5))).toMatchObject({
        step: 2,
        at: daysFromDue(2),
      });
    });
  });

  it('reads a policy row, and falls back to the default when the agency has none', () => {
    expect(policyFromRow({ days_before: 7, remind_on_due: false, overdue_every_days: 1 })).toEqual({
      daysBefore: 7,
      remindOnDue: false,
      overdueEveryDays: 1,
    });
    expect(policyFromRow({ days_before: null, remind_on_due: true, overdue_every_days: 2 })).toBe(
      DEFAULT_REMINDER_POLICY,
    );
  });

  it('names a job after the deadline, its due instant and the step, so a re-plan collapses into it', () => {
    expect(reminderJobId('d1', due, 2)).toBe(`reminder-d1-${due.getTime()}-2`);
    expect(reminderJobId('d1', daysFromDue(1), 2)).not.toBe(reminderJobId('d1', due, 2));
  });
});
