/** A station's daily window: weekdays it is open (ISO, 1 Monday … 7 Sunday) and its hours. */
export interface Window {
  label?: string | null;
  weekdays: number[];
  start: string;
  end: string;
}

export const WEEKDAY_NAMES = [
  '',
  'thứ Hai',
  'thứ Ba',
  'thứ Tư',
  'thứ Năm',
  'thứ Sáu',
  'thứ Bảy',
  'Chủ nhật',
];

/** Seconds after midnight of `HH:mm[:ss[.SSS]]`. */
export const secondsOf = (time: string) => {
  const [h, m, s] = time.split(':').map((part) => Number.parseFloat(part));
  return h * 3600 + m * 60 + (s || 0);
};
/** `HH:mm:ss` of seconds after midnight. */
export const clockOf = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), Math.floor(seconds % 60)]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
export const shortClock = (time: string) => clockOf(secondsOf(time)).slice(0, 5);

/** ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` date. */
export const weekdayOf = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};
export const vnDate = (date: string) => date.split('-').reverse().join('/');
export const windowName = (w: Window) => `${shortClock(w.start)}–${shortClock(w.end)}`;
/** Length of a window in seconds. */
export const windowSeconds = (w: Window) => secondsOf(w.end) - secondsOf(w.start);
