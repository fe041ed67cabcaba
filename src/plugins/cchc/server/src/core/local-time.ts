/** `2026-12-01T08:00`, `2026-12-01 08:00:00`: a wall-clock time with no offset or `Z`. */
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)$/;

/** The zone's UTC offset at an instant, as `+07:00`. */
export const offsetAt = (timeZone: string, at: Date): string => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
};

/**
 * Reads a wall-clock datetime without an offset as local time in `timeZone` (an editor in
 * Hà Nội who types 08:00 means 08:00 there); anything else is returned unchanged.
 */
export const withZone = (value: unknown, timeZone: string): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  const match = WALL_CLOCK.exec(value.trim());
  if (!match) {
    return value;
  }
  const [, date, time] = match;
  const guess = new Date(`${date}T${time}Z`);
  return `${date}T${time}${offsetAt(timeZone, guess)}`;
};

/** The wall-clock parts of an instant in a zone. */
const partsIn = (timeZone: string, at: Date) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return {
    weekday: get('weekday'),
    year: get('year'),
    monthName: get('month'),
    month: String(new Date(`${get('month')} 1, 2000`).getMonth() + 1).padStart(2, '0'),
    day: get('day'),
    time: `${get('hour')}:${get('minute')}:${get('second')}`,
  };
};

/** RFC 3339 in the zone: `2026-11-26T23:28:24+07:00`. */
export const rfc3339In = (timeZone: string, at: Date) => {
  const p = partsIn(timeZone, at);
  return `${p.year}-${p.month}-${p.day}T${p.time}${offsetAt(timeZone, at)}`;
};

/** RFC 822 (as RSS wants it) in the zone: `Thu, 26 Nov 2026 23:28:24 +0700`. */
export const rfc822In = (timeZone: string, at: Date) => {
  const p = partsIn(timeZone, at);
  return `${p.weekday}, ${p.day} ${p.monthName} ${p.year} ${p.time} ${offsetAt(timeZone, at).replace(':', '')}`;
};

/** The calendar day of an instant in the zone: `2026-11-27`. */
export const localDateIn = (timeZone: string, at: Date) => rfc3339In(timeZone, at).slice(0, 10);
