/**
 * Reporting periods: a month, a quarter, a half year, a year, or any range of days. Each has a
 * key (`2026-11`, `2026-Q4`, `2026-H2`, `2026`, `2026-10-01..2026-12-15`), a Vietnamese label
 * (`Tháng 11/2026`, `Quý IV/2026`, `6 tháng cuối năm 2026`, `Năm 2026`) and inclusive dates.
 */
export const PERIOD_TYPES = ['month', 'quarter', 'half_year', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  type: PeriodType | 'custom';
  key: string;
  label: string;
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD, inclusive */
  end: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_OF: Record<PeriodType, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** `2026-01-05` + 3 → `2026-01-08`. */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export const vnDate = (date: string) => date.split('-').reverse().join('/');

const span = (type: PeriodType, year: number, index: number): Period => {
  const months = MONTHS_OF[type];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const start = iso(year, firstMonth, 1);
  const end = iso(year, lastMonth, lastDay(year, lastMonth));
  switch (type) {
    case 'month':
      return { type, key: `${year}-${pad(index)}`, label: `Tháng ${index}/${year}`, start, end };
    case 'quarter':
      return {
        type,
        key: `${year}-Q${index}`,
        label: `Quý ${ROMAN[index - 1]}/${year}`,
        start,
        end,
      };
    case 'half_year':
      return {
        type,
        key: `${year}-H${index}`,
        label: `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`,
        start,
        end,
      };
    default:
      return { type, key: String(year), label: `Năm ${year}`, start, end };
  }
};

/** The named period of `type` that holds a day. */
export const periodContaining = (date: string, type: PeriodType): Period => {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return span(type, year, Math.floor((month - 1) / MONTHS_OF[type]) + 1);
};

/** The named periods of `type` that overlap the days from `from` to `to`. */
export const periodsBetween = (type: PeriodType, from: string, to: string): Period[] => {
  const periods: Period[] = [];
  for (
    let p = periodContaining(from, type);
    p.start <= to;
    p = periodContaining(addDays(p.end, 1), type)
  ) {
    periods.push(p);
  }
  return periods;
};

/** A range of days as the named period it matches, or a custom one. */
export const periodFromDates = (start: string, end: string): Period => {
  for (const type of PERIOD_TYPES) {
    const named = periodContaining(start, type);
    if (named.start === start && named.end === end) {
      return named;
    }
  }
  return {
    type: 'custom',
    key: `${start}..${end}`,
    label: `Từ ${vnDate(start)} đến ${vnDate(end)}`,
    start,
    end,
  };
};

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const quarterIndex = (token: string) => {
  const roman = ROMAN.indexOf(token.toUpperCase());
  return roman >= 0 ? roman + 1 : Number(token);
};

/** A key, a Vietnamese label (with or without accents) or `YYYY-MM-DD..YYYY-MM-DD`; null when none of these. */
export const parsePeriod = (input: string): Period | null => {
  const text = plain(input);
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|den|–|—|\/)\s*(\d{4}-\d{2}-\d{2})$/))) {
    return isDate(m[1]) && isDate(m[2]) && m[1] <= m[2] ? periodFromDates(m[1], m[2]) : null;
  }
  if ((m = text.match(/^(?:nam )?(\d{4})$/))) {
    return span('year', Number(m[1]), 1);
  }
  if (
    (m = text.match(/^(\d{4})-(\d{2})$/)) ||
    (m = text.match(/^(?:thang )?(\d{1,2})[/.-](\d{4})$/))
  ) {
    const [year, month] = m[1].length === 4 ? [m[1], m[2]] : [m[2], m[1]];
    return Number(month) >= 1 && Number(month) <= 12
      ? span('month', Number(year), Number(month))
      : null;
  }
  if ((m = text.match(/^(\d{4})-q([1-4])$/))) {
    return span('quarter', Number(m[1]), Number(m[2]));
  }
  if ((m = text.match(/^(?:quy|q) ?(iv|i{1,3}|[1-4])(?:[/ -]| nam )(\d{4})$/))) {
    return span('quarter', Number(m[2]), quarterIndex(m[1]));
  }
  if ((m = text.match(/^(\d{4})-h([12])$/))) {
    return span('half_year', Number(m[1]), Number(m[2]));
  }
  if ((m = text.match(/^6 thang (dau|cuoi) nam (\d{4})$/))) {
    return span('half_year', Number(m[2]), m[1] === 'dau' ? 1 : 2);
  }
  return null;
};

/** How many months a period covers; custom ranges count their days. */
export const monthsIn = (period: Period) =>
  period.type === 'custom'
    ? (daysBetween(period.start, period.end) + 1) / (365.25 / 12)
    : MONTHS_OF[period.type];

export const monthsOfType = (type: PeriodType) => MONTHS_OF[type];
