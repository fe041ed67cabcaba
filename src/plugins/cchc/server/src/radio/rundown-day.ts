import { errors } from '@strapi/utils';
import {
  clockOf,
  secondsOf,
  vnDate,
  weekdayOf,
  windowName,
  windowSeconds,
  type Window,
} from './rundown-clock';

export type Row = Record<string, unknown>;

export interface Station {
  id: number;
  documentId: string;
  name: string;
  kind: string;
  slug: string;
  syllablesPerMinute: number;
  windows: Window[];
  unit: { id: number; name?: string } | null;
}
export interface PublishedScript {
  documentId: string;
  title: string;
  script: string | null;
  audio: { url?: string } | null;
}
/** The items of one window of one station's day: what restacks together. */
export interface Group {
  stationId: number;
  airDate: string;
  windowStart: string;
}
export interface RundownEntry {
  documentId: unknown;
  position: unknown;
  startsAt: string;
  seconds: number;
  airStatus: unknown;
  title: unknown;
  scriptDocumentId: unknown;
  /** false for a script not (or no longer) published and approved: no text, no audio */
  approved: boolean;
  script: string;
  /** the script's audio in the media library (a path under the public folder or a URL) */
  audioUrl: string | null;
}
export interface RundownWindow {
  label: string | null;
  start: string;
  end: string;
  seconds: number;
  freeSeconds: number;
  items: RundownEntry[];
}
export interface Rundown {
  station: {
    documentId: string;
    slug: string;
    name: string;
    kind: string;
    unit: string | null;
    syllablesPerMinute: number;
  };
  date: string;
  windows: RundownWindow[];
}

export type DayItem = Row & { windowStart: string; plannedSeconds: number; script: Row | null };
export interface PlacedItem {
  windowStart: string;
  position: number;
  plannedSeconds: number;
  title: string;
}

/**
 * Refuses an item that would take a place already held in its window, or overfill the window;
 * `sameWindow` are the window's other live items.
 */
export const checkWindowFits = (
  place: { station: Station; window: Window; airDate: string; position: number },
  plannedSeconds: number,
  sameWindow: PlacedItem[]
) => {
  const { station, window, airDate, position } = place;
  const where = `Khung ${windowName(window)} ngày ${vnDate(airDate)} của đài ${station.name}`;
  const clash = sameWindow.find((o) => o.position === position);
  if (clash) {
    throw new errors.ValidationError(`${where}: vị trí ${position} đã có «${clash.title}».`);
  }
  const used = sameWindow.reduce((sum, o) => sum + (o.plannedSeconds ?? 0), 0);
  const length = windowSeconds(window);
  const overrun = used + plannedSeconds - length;
  if (overrun > 0) {
    throw new errors.ValidationError(
      `${where} vượt ${overrun} giây (khung dài ${length} giây, đã xếp ${used} giây, chương trình này ${plannedSeconds} giây).`
    );
  }
};

const entriesOf = (
  window: Window,
  items: DayItem[],
  approved: Map<string, PublishedScript>
): RundownEntry[] => {
  let clock = secondsOf(window.start);
  return items
    .filter((item) => secondsOf(item.windowStart) === secondsOf(window.start))
    .map((item) => {
      const startsAt = clockOf(clock);
      clock += item.plannedSeconds ?? 0;
      const published = approved.get(item.script?.documentId as string);
      return {
        documentId: item.documentId,
        position: item.position,
        startsAt,
        seconds: item.plannedSeconds,
        airStatus: item.airStatus,
        title: published?.title ?? item.title,
        scriptDocumentId: item.script?.documentId ?? null,
        approved: Boolean(published),
        script: published?.script ?? '',
        audioUrl: published?.audio?.url ?? null,
      };
    });
};

/** A station's windows open on `date`, in order, each with its items and their start times. */
export const layOutDay = (
  station: Station,
  date: string,
  items: DayItem[],
  approved: Map<string, PublishedScript>
): Rundown => {
  const weekday = weekdayOf(date);
  const windows = (station.windows ?? [])
    .filter((w) => (w.weekdays ?? []).includes(weekday))
    .sort((a, b) => secondsOf(a.start) - secondsOf(b.start))
    .map((w) => {
      const entries = entriesOf(w, items, approved);
      const length = windowSeconds(w);
      const used = entries.reduce((sum, e) => sum + (e.seconds ?? 0), 0);
      return {
        label: w.label ?? null,
        start: clockOf(secondsOf(w.start)),
        end: clockOf(secondsOf(w.end)),
        seconds: length,
        freeSeconds: length - used,
        items: entries,
      };
    });
  return {
    station: {
      documentId: station.documentId,
      slug: station.slug,
      name: station.name,
      kind: station.kind,
      unit: station.unit?.name ?? null,
      syllablesPerMinute: station.syllablesPerMinute,
    },
    date,
    windows,
  };
};
