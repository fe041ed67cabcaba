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
/** A rundown item's own columns, as the query engine reads them. */
export interface ItemRow {
  id: number;
  documentId: string;
  airDate: string;
  windowStart: string;
  position: number;
  airStatus: 'planned' | 'aired' | 'partly_aired' | 'cancelled';
  title: string | null;
  plannedSeconds: number | null;
  startsAt: string | null;
}
export interface RundownEntry {
  documentId: string;
  position: number;
  startsAt: string;
  seconds: number | null;
  airStatus: ItemRow['airStatus'];
  title: string | null;
  scriptDocumentId: string | null;
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

export type DayItem = ItemRow & { script: { documentId: string } | null };
export type PlacedItem = Pick<
  ItemRow,
  'id' | 'windowStart' | 'position' | 'plannedSeconds' | 'title'
>;

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
      const published = item.script ? approved.get(item.script.documentId) : undefined;
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
