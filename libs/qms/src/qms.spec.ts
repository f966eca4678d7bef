import { describeLifecycles, headerKey } from '@app/platform';
import { achievementOf, nextDuePeriod } from './objectives.service';
import { OBJECTIVE_LIFECYCLE } from './objective.entity';
import { rowsOfTable } from './performance.service';
import { PERFORMANCE_IMPORT_LIFECYCLE } from './performance.entity';
import { parsePeriod, periodsOf } from './period';
import { RISK_ACTION_LIFECYCLE, RISK_LIFECYCLE, riskLevel } from './risk.entity';
import { FEEDBACK_LIFECYCLE } from './satisfaction.entity';
import { surveyOfTable } from './satisfaction.service';

describeLifecycles('qms lifecycles', {
  'a risk is treated, its residual assessed, treated again if needed, closed and reopened': [
    RISK_LIFECYCLE,
    'risk',
    'OPEN | TREATED → TREATMENT_PLANNED → TREATED',
    'OPEN | TREATMENT_PLANNED | TREATED → CLOSED → OPEN',
  ],
  'a risk action is planned, then done': [RISK_ACTION_LIFECYCLE, 'riskAction', 'PLANNED → DONE'],
  'an objective closes once': [OBJECTIVE_LIFECYCLE, 'qualityObjective', 'TRACKING → CLOSED'],
  'an import is replaced once': [
    PERFORMANCE_IMPORT_LIFECYCLE,
    'processPerformanceImport',
    'CURRENT → REPLACED',
  ],
  'feedback is answered once': [FEEDBACK_LIFECYCLE, 'feedback', 'RECEIVED → ANSWERED'],
});

describe('risk levels, periods and achievement', () => {
  it('a score is LOW, MEDIUM or HIGH by the thresholds', () => {
    const t = { mediumFrom: 6, highFrom: 12 };
    expect([1, 5, 6, 11, 12, 25].map((s) => riskLevel(s, t))).toEqual([
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
    ]);
  });

  it('periods are years, quarters or months with their first and last day', () => {
    expect(parsePeriod('2026')).toMatchObject({ kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod('2026-Q1')).toMatchObject({ kind: 'QUARTER', from: '2026-01-01', to: '2026-03-31' });
    expect(parsePeriod('2028-02')).toMatchObject({ kind: 'MONTH', from: '2028-02-01', to: '2028-02-29' });
    expect(parsePeriod('2026-Q5')).toBeNull();
    expect(parsePeriod('2026-13')).toBeNull();
    expect(periodsOf(2026, 'QUARTERLY')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsOf(2026, 'MONTHLY')).toHaveLength(12);
  });

  it('the next period due is the earliest unmeasured one whose due date (end + 15 days) has not passed', () => {
    const objective = { year: 2026, frequency: 'QUARTERLY' as const };
    expect(nextDuePeriod(objective, [], '2026-01-10')).toEqual({ period: '2026-Q1', dueOn: '2026-04-15' });
    expect(nextDuePeriod(objective, ['2026-Q1'], '2026-01-10')).toEqual({
      period: '2026-Q2',
      dueOn: '2026-07-15',
    });
    // created in November: Q1 to Q3 are no longer owed
    expect(nextDuePeriod(objective, [], '2026-11-20')).toEqual({ period: '2026-Q4', dueOn: '2027-01-15' });
    expect(nextDuePeriod(objective, ['2026-Q4'], '2026-11-20')).toBeNull();
  });

  it.each([
    ['98', 'AT_LEAST', 98.75, true, 1.0077],
    ['98', 'AT_LEAST', 90, false, 0.9184],
    ['2', 'AT_MOST', 4, false, 0.5],
    ['2', 'AT_MOST', 0, true, 1],
  ] as const)(
    'achievement is value ÷ target for AT_LEAST and target ÷ value for AT_MOST (target %s %s, value %s)',
    (target, direction, value, achieved, achievement) => {
      expect(achievementOf({ target, direction }, value)).toEqual({ achieved, achievement });
    },
  );
});

describe('imports', () => {
  const table = (header: string[], rows: string[][]) => ({
    header,
    records: rows.map((cells, i) => ({
      line: i + 2,
      values: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])),
    })),
  });

  it('headers match without case, spaces or diacritics; a missing column is named; cells must be counts', () => {
    expect(headerKey('  Giải quyết ĐÚNG hạn ')).toBe(headerKey('giai quyet dung han'));
    const rows = rowsOfTable(
      table(
        ['MÃ TTHC', 'tiếp nhận', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết'],
        [['1.1', '1.200', '1000', '5', '195']],
      ),
    );
    expect(rows).toEqual([
      { procedureCode: '1.1', received: 1200, onTime: 1000, late: 5, pending: 195, procedureName: undefined },
    ]);
    expect(() => rowsOfTable(table(['Mã TTHC', 'Tiếp nhận'], []))).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [
          expect.objectContaining({ field: 'onTime' }),
          expect.objectContaining({ field: 'late' }),
          expect.objectContaining({ field: 'pending' }),
        ],
      }),
    );
    expect(() =>
      rowsOfTable(
        table(['procedureCode', 'received', 'onTime', 'late', 'pending'], [['1', '2', '-1', '0', '0']]),
      ),
    ).toThrow(expect.objectContaining({ details: [expect.objectContaining({ field: 'line 2: onTime' })] }));
  });

  it('a survey sheet: satisfied respondents have a mean of 4 or more; each question its mean and satisfied share', () => {
    const survey = surveyOfTable(
      table(
        ['STT', 'A', 'B'],
        [
          ['1', '5', '3'],
          ['2', '3', '3'],
          ['3', '', '4'],
        ],
      ),
    );
    expect(survey).toEqual({
      respondents: 3,
      satisfied: 2,
      questions: [
        { question: 'A', average: 4, satisfiedShare: 0.5 },
        { question: 'B', average: 3.33, satisfiedShare: 0.3333 },
      ],
    });
  });
});
