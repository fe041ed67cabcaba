import { rundownDateSchema, rundownQuerySchema } from '../rundown-input';
import { parseInput } from '../../core/parse-input';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { resolveRowId, toOneChange } from '../../core/relation-input';
import { estimateSpoken } from '../spoken-vietnamese';
import { pluginConfig } from '../../core/plugin-config';
import { APP_UIDS, REVIEW_FIELDS } from '../../core/constants';
import { clockOf, secondsOf, shortClock, vnDate, WEEKDAY_NAMES, weekdayOf } from '../rundown-clock';
import {
  checkWindowFits,
  layOutDay,
  type DayItem,
  type Group,
  type ItemRow,
  type PlacedItem,
  type PublishedScript,
  type Row,
  type Rundown,
  type Station,
} from '../rundown-day';
import { announcerSheet } from '../rundown-sheet';
import { rowsOf } from '../../core/rows';

export { clockOf, secondsOf } from '../rundown-clock';
export type { Rundown, RundownEntry } from '../rundown-day';
export { NOT_APPROVED } from '../rundown-sheet';

const STATION = APP_UIDS.station;
const ITEM = APP_UIDS.rundownItem;
const SCRIPT = APP_UIDS.broadcastScript;

/** An item about to be written, with the station and the script it points to now. */
type CurrentItem = ItemRow & { station: { id: number } | null; script: { id: number } | null };
/** An item to be read at its station's rate: the station's rate, the script's text. */
type ReadItem = ItemRow & {
  station: Pick<Station, 'id' | 'syllablesPerMinute'> | null;
  script: Pick<PublishedScript, 'script'> | null;
};

/** The id a rundown item's `field` will point to after `data` is written, if any. */
const referenceId = async (
  strapi: Core.Strapi,
  data: Row,
  current: CurrentItem | null,
  field: 'station' | 'script'
) => {
  const change = toOneChange(data, field);
  if (change.kind === 'set') {
    const id = await resolveRowId(strapi, field === 'station' ? STATION : SCRIPT, change.ref);
    if (id === null) {
      throw new errors.ValidationError(
        `Không có ${field === 'station' ? 'đài' : 'chương trình'} đã chọn.`
      );
    }
    return id;
  }
  return change.kind === 'cleared' ? null : (current?.[field]?.id ?? null);
};

/** The day's other live items of a station, in the window starting at `windowStart`. */
const othersInWindow = async (
  strapi: Core.Strapi,
  stationId: number,
  airDate: string,
  windowStart: string,
  exceptId: number | null
) => {
  const others = await rowsOf<PlacedItem>(strapi, ITEM).findMany({
    where: {
      station: { id: stationId },
      airDate,
      airStatus: { $ne: 'cancelled' },
      ...(exceptId !== null && { id: { $ne: exceptId } }),
    },
    select: ['id', 'windowStart', 'position', 'plannedSeconds', 'title'],
  });
  return others.filter((o) => secondsOf(o.windowStart) === secondsOf(windowStart));
};

/**
 * Rundowns of the radio stations: scripts placed in a station's daily windows, in order, with
 * start times computed from each script's reading time at the station's rate. A window may not
 * be overfilled, and two items may not claim the same place.
 */
const rundownService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async station(where: Row): Promise<Station | null> {
    return rowsOf<Station>(strapi, STATION).findOne({
      where,
      populate: { windows: true, unit: { select: ['id', 'name'] } },
    });
  },

  /** The window of a station that starts at `start` and is open on `date`'s weekday. */
  windowOf(station: Station, date: string, start: string) {
    const weekday = weekdayOf(date);
    const window = (station.windows ?? []).find(
      (w) => secondsOf(w.start) === secondsOf(start) && (w.weekdays ?? []).includes(weekday)
    );
    if (!window) {
      throw new errors.ValidationError(
        `Đài ${station.name} không có khung phát sóng bắt đầu lúc ${shortClock(start)} vào ${WEEKDAY_NAMES[weekday]} ${vnDate(date)}.`
      );
    }
    return window;
  },

  /**
   * Checks a rundown item about to be written and fills in what is derived from it: the title,
   * the planned duration at the station's rate, the start time and the station's unit. A copy
   * (`copy`) starts from the item `documentId` but is a new item beside it.
   */
  async plan(data: Row, documentId: string | undefined, copy = false): Promise<Group[]> {
    const current = documentId
      ? await rowsOf<CurrentItem>(strapi, ITEM).findOne({
          where: { documentId },
          populate: { station: { select: ['id'] }, script: { select: ['id'] } },
        })
      : null;
    const stationId = await referenceId(strapi, data, current, 'station');
    const scriptId = await referenceId(strapi, data, current, 'script');
    if (!stationId || !scriptId) {
      throw new errors.ValidationError('Cần chọn đài và chương trình.');
    }
    const station = (await this.station({ id: stationId }))!;
    const script = (await rowsOf<Pick<PublishedScript, 'title' | 'script' | 'documentId'>>(
      strapi,
      SCRIPT
    ).findOne({
      where: { id: scriptId },
      select: ['title', 'script', 'documentId'],
    }))!;
    const airDate = String(data.airDate ?? current?.airDate ?? '');
    const windowStart = String(data.windowStart ?? current?.windowStart ?? '');
    const position = Number(data.position ?? current?.position ?? 1);
    const status = String(data.airStatus ?? current?.airStatus ?? 'planned');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(airDate) || !/^\d{2}:\d{2}/.test(windowStart)) {
      throw new errors.ValidationError('Cần ngày phát (YYYY-MM-DD) và giờ bắt đầu của khung.');
    }
    const window = this.windowOf(station, airDate, windowStart);
    const plannedSeconds = estimateSpoken(script.script ?? '', station.syllablesPerMinute).seconds;
    const exceptId = current && !copy ? current.id : null;
    const sameWindow = await othersInWindow(strapi, stationId, airDate, window.start, exceptId);
    if (status !== 'cancelled') {
      checkWindowFits({ station, window, airDate, position }, plannedSeconds, sameWindow);
    }
    const before = sameWindow
      .filter((o) => o.position < position)
      .reduce((sum, o) => sum + (o.plannedSeconds ?? 0), 0);
    Object.assign(data, {
      title: script.title,
      plannedSeconds,
      startsAt: `${clockOf(secondsOf(window.start) + before)}.000`,
      unit: station.unit?.id ?? null,
    });
    const group = { stationId, airDate, windowStart: window.start };
    if (!current || copy) {
      return [group];
    }
    const previous = {
      stationId: current.station?.id ?? stationId,
      airDate: String(current.airDate),
      windowStart: String(current.windowStart),
    };
    return [group, previous];
  },

  /** Start times of a window's items after one of them moved, grew or was added. */
  async restack({ stationId, airDate, windowStart }: Group) {
    const items = await rowsOf<Pick<ItemRow, 'id' | 'windowStart' | 'startsAt' | 'plannedSeconds'>>(
      strapi,
      ITEM
    ).findMany({
      where: { station: { id: stationId }, airDate, airStatus: { $ne: 'cancelled' } },
      orderBy: [{ position: 'asc' }],
      select: ['id', 'windowStart', 'startsAt', 'plannedSeconds'],
    });
    let clock = secondsOf(windowStart);
    for (const item of items.filter((i) => secondsOf(i.windowStart) === secondsOf(windowStart))) {
      const startsAt = `${clockOf(clock)}.000`;
      if (!item.startsAt || secondsOf(item.startsAt) !== clock) {
        await rowsOf(strapi, ITEM).update({ where: { id: item.id }, data: { startsAt } });
      }
      clock += item.plannedSeconds ?? 0;
    }
  },

  /** A script's text changed: its planned items take the new length, their windows new times. */
  async refreshScript(scriptDocumentId: string) {
    const items = await rowsOf<ReadItem>(strapi, ITEM).findMany({
      where: { script: { documentId: scriptDocumentId }, airStatus: 'planned' },
      populate: {
        station: { select: ['id', 'syllablesPerMinute'] },
        script: { select: ['script'] },
      },
    });
    const groups = new Map<string, Group>();
    for (const item of items) {
      const { station } = item;
      const text = item.script?.script ?? '';
      if (!station) {
        continue;
      }
      await rowsOf(strapi, ITEM).update({
        where: { id: item.id },
        data: { plannedSeconds: estimateSpoken(text, station.syllablesPerMinute).seconds },
      });
      const group = { stationId: station.id, airDate: item.airDate, windowStart: item.windowStart };
      groups.set(JSON.stringify(group), group);
    }
    for (const group of groups.values()) {
      await this.restack(group);
    }
  },

  /**
   * The published, approved version of each script: the only text and audio a rundown carries.
   * A planned draft (or one unpublished since) is shown by its title, marked not approved.
   */
  async approvedScripts(documentIds: Array<string | undefined>) {
    const ids = [...new Set(documentIds.filter((id): id is string => Boolean(id)))];
    const reviewed = pluginConfig(strapi).review.types.includes(SCRIPT);
    const rows = ids.length
      ? await rowsOf<PublishedScript>(strapi, SCRIPT).findMany({
          where: {
            documentId: { $in: ids },
            publishedAt: { $notNull: true },
            ...(reviewed && { [REVIEW_FIELDS.stage]: 'approved' }),
          },
          select: ['documentId', 'title', 'script'],
          populate: { audio: { select: ['url'] } },
        })
      : [];
    return new Map(rows.map((row) => [row.documentId, row]));
  },

  /** A station's day: each window with its items in order and their computed start times. */
  /** A rundown request's query (`date`, nothing else), as the station routes take it. */
  parseQuery(query: unknown): { date: string } {
    return parseInput(rundownQuerySchema, query, 'Tham số');
  },

  async day(slug: string, date: string): Promise<Rundown> {
    if (!rundownDateSchema.safeParse(date).success) {
      throw new errors.ValidationError('"date" phải có dạng YYYY-MM-DD.');
    }
    const station = await this.station({ slug });
    if (!station) {
      throw new errors.NotFoundError(`Không có đài "${slug}".`);
    }
    const items = await rowsOf<DayItem>(strapi, ITEM).findMany({
      where: { station: { id: station.id }, airDate: date, airStatus: { $ne: 'cancelled' } },
      orderBy: [{ windowStart: 'asc' }, { position: 'asc' }],
      populate: { script: { select: ['documentId'] } },
    });
    const approved = await this.approvedScripts(items.map((item) => item.script?.documentId));
    return layOutDay(station, date, items, approved);
  },

  /** The announcer's sheet: A4, one row per item, the full script under it. */
  html(rundown: Rundown) {
    return announcerSheet(rundown);
  },
});

export default rundownService;
export type RundownService = ReturnType<typeof rundownService>;
