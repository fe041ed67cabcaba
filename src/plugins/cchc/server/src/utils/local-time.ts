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
