import { parsePeriod, periodContaining, periodsBetween } from '../period';
import { completionOf, dueDateOf, targetsFor } from '../targets';
import { zeroCounts } from '../metrics';

describe('reporting periods', () => {
  test.each([
    ['Quý IV/2026', '2026-Q4', 'Quý IV/2026', '2026-10-01', '2026-12-31'],
    ['quy 4/2026', '2026-Q4', 'Quý IV/2026', '2026-10-01', '2026-12-31'],
    ['Q1 2027', '2027-Q1', 'Quý I/2027', '2027-01-01', '2027-03-31'],
    ['2026-Q2', '2026-Q2', 'Quý II/2026', '2026-04-01', '2026-06-30'],
    ['Tháng 2/2028', '2028-02', 'Tháng 2/2028', '2028-02-01', '2028-02-29'],
    ['thang 11/2026', '2026-11', 'Tháng 11/2026', '2026-11-01', '2026-11-30'],
    ['2026-09', '2026-09', 'Tháng 9/2026', '2026-09-01', '2026-09-30'],
    ['6 tháng đầu năm 2026', '2026-H1', '6 tháng đầu năm 2026', '2026-01-01', '2026-06-30'],
    ['2026-H2', '2026-H2', '6 tháng cuối năm 2026', '2026-07-01', '2026-12-31'],
    ['Năm 2026', '2026', 'Năm 2026', '2026-01-01', '2026-12-31'],
    ['2026-10-01..2026-12-31', '2026-Q4', 'Quý IV/2026', '2026-10-01', '2026-12-31'],
    [
      '2026-10-15..2026-11-14',
      '2026-10-15..2026-11-14',
      'Từ 15/10/2026 đến 14/11/2026',
      '2026-10-15',
      '2026-11-14',
    ],
  ])('%s', (input, key, label, start, end) => {
    expect(parsePeriod(input)).toMatchObject({ key, label, start, end });
  });

  test.each([
    'Quý V/2026',
    'Tháng 13/2026',
    '2026-02-30..2026-03-01',
    '2026-12-01..2026-11-01',
    'sớm thôi',
    '',
  ])('%s is not a period', (input) => {
    expect(parsePeriod(input)).toBeNull();
  });

  test('periods of a type across a range, and the one holding a day', () => {
    expect(periodsBetween('quarter', '2026-02-10', '2026-08-01').map((p) => p.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(periodContaining('2026-11-26', 'half_year').key).toBe('2026-H2');
  });
});

describe('targets', () => {
  const unit = { id: 7, kind: 'people_committee' };
  const q4 = parsePeriod('2026-Q4')!;

  test('the most specific target wins; another period length is scaled by months, rounded up', () => {
    const targets = [
      { periodType: 'year' as const, articles: 100 },
      { unitKind: 'people_committee', periodType: 'year' as const, articles: 10, trainings: 3 },
      { unitKind: 'office', periodType: 'quarter' as const, articles: 50 },
    ];
    expect(targetsFor(targets, unit, q4)).toEqual({ articles: 3, trainings: 1 });
    expect(targetsFor(targets, { id: 8, kind: 'agency' }, q4)).toEqual({ articles: 25 });
    const own = [...targets, { unit: { id: 7 }, periodType: 'month' as const, articles: 2 }];
    expect(targetsFor(own, unit, q4)).toEqual({ articles: 6 });
    expect(
      targetsFor([{ unitKind: 'office', periodType: 'year' as const, articles: 4 }], unit, q4)
    ).toBeNull();
  });

  test('due dates: a date set for the period, else days after its end', () => {
    expect(dueDateOf({ reportDueDays: 5 }, q4)).toBe('2027-01-05');
    expect(dueDateOf({}, q4)).toBe('2027-01-05');
    expect(
      dueDateOf(
        { reportDueDays: 0, reportDeadlines: [{ period: 'Quý IV/2026', dueOn: '2026-12-15' }] },
        q4
      )
    ).toBe('2026-12-15');
  });

  test('completion: percent per target, overall the mean with each capped at 100', () => {
    const counts = { ...zeroCounts(), articles: 3, trainings: 4 };
    expect(completionOf(counts, { articles: 6, trainings: 2, socialPosts: 3 })).toEqual({
      completion: { articles: 50, trainings: 200, socialPosts: 0 },
      overall: 50,
    });
    expect(completionOf(counts, {})).toEqual({ completion: {}, overall: null });
  });
});
