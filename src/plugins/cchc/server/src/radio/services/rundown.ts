import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { toOneChange } from '../../core/relation-input';
import { estimateSpoken } from '../spoken-vietnamese';
import { escapeHtml, textToHtml } from '../../core/html';
import { pluginConfig } from '../../core/plugin-config';
import { REVIEW_FIELDS } from '../../core/constants';

const STATION = 'api::station.station' as UID.ContentType;
const ITEM = 'api::rundown-item.rundown-item' as UID.ContentType;
const SCRIPT = 'api::broadcast-script.broadcast-script' as UID.ContentType;

interface Window {
  label?: string | null;
  weekdays: number[];
  start: string;
  end: string;
}
interface Station {
  id: number;
  documentId: string;
  name: string;
  kind: string;
  slug: string;
  syllablesPerMinute: number;
  windows: Window[];
  unit: { id: number; name?: string } | null;
}
type Row = Record<string, unknown>;
interface PublishedScript {
  documentId: string;
  title: string;
  script: string | null;
  audio: { url?: string } | null;
}
interface Group {
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
  windows: Array<{
    label: string | null;
    start: string;
    end: string;
    seconds: number;
    freeSeconds: number;
    items: RundownEntry[];
  }>;
}

/** Shown instead of the text of a script that is not published and approved. */
export const NOT_APPROVED = 'Chưa duyệt: chương trình chưa được duyệt và xuất bản, không phát.';

const WEEKDAY_NAMES = [
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
const shortClock = (time: string) => clockOf(secondsOf(time)).slice(0, 5);

/** ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` date. */
const weekdayOf = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};
const vnDate = (date: string) => date.split('-').reverse().join('/');
const windowName = (w: Window) => `${shortClock(w.start)}–${shortClock(w.end)}`;

/**
 * Rundowns of the radio stations: scripts placed in a station's daily windows, in order, with
 * start times computed from each script's reading time at the station's rate. A window may not
 * be overfilled, and two items may not claim the same place.
 */
const rundownService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async station(where: Row): Promise<Station | null> {
    return (await strapi.db.query(STATION).findOne({
      where,
      populate: { windows: true, unit: { select: ['id', 'name'] } },
    })) as Station | null;
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
      ? ((await strapi.db.query(ITEM).findOne({
          where: { documentId },
          populate: { station: { select: ['id'] }, script: { select: ['id'] } },
        })) as Row | null)
      : null;
    const refOf = async (field: 'station' | 'script', uid: UID.ContentType) => {
      const change = toOneChange(data, field);
      if (change.kind === 'set') {
        const where =
          change.ref.documentId !== undefined
            ? { documentId: change.ref.documentId }
            : { id: change.ref.id };
        const row = await strapi.db.query(uid).findOne({ where, select: ['id'] });
        if (!row) {
          throw new errors.ValidationError(
            `Không có ${field === 'station' ? 'đài' : 'chương trình'} đã chọn.`
          );
        }
        return row.id as number;
      }
      return change.kind === 'cleared'
        ? null
        : ((current?.[field] as { id: number } | null)?.id ?? null);
    };
    const stationId = await refOf('station', STATION);
    const scriptId = await refOf('script', SCRIPT);
    if (!stationId || !scriptId) {
      throw new errors.ValidationError('Cần chọn đài và chương trình.');
    }
    const station = (await this.station({ id: stationId }))!;
    const script = (await strapi.db.query(SCRIPT).findOne({
      where: { id: scriptId },
      select: ['title', 'script', 'documentId'],
    })) as { title: string; script: string; documentId: string };
    const airDate = String(data.airDate ?? current?.airDate ?? '');
    const windowStart = String(data.windowStart ?? current?.windowStart ?? '');
    const position = Number(data.position ?? current?.position ?? 1);
    const status = String(data.airStatus ?? current?.airStatus ?? 'planned');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(airDate) || !/^\d{2}:\d{2}/.test(windowStart)) {
      throw new errors.ValidationError('Cần ngày phát (YYYY-MM-DD) và giờ bắt đầu của khung.');
    }
    const window = this.windowOf(station, airDate, windowStart);
    const plannedSeconds = estimateSpoken(script.script ?? '', station.syllablesPerMinute).seconds;

    const others = (await strapi.db.query(ITEM).findMany({
      where: {
        station: { id: stationId },
        airDate,
        airStatus: { $ne: 'cancelled' },
        ...(current && !copy && { id: { $ne: current.id } }),
      },
      select: ['id', 'windowStart', 'position', 'plannedSeconds', 'title'],
    })) as Array<{ windowStart: string; position: number; plannedSeconds: number; title: string }>;
    const sameWindow = others.filter((o) => secondsOf(o.windowStart) === secondsOf(window.start));
    if (status !== 'cancelled') {
      const clash = sameWindow.find((o) => o.position === position);
      if (clash) {
        throw new errors.ValidationError(
          `Khung ${windowName(window)} ngày ${vnDate(airDate)} của đài ${station.name}: vị trí ${position} đã có «${clash.title}».`
        );
      }
      const used = sameWindow.reduce((sum, o) => sum + (o.plannedSeconds ?? 0), 0);
      const length = secondsOf(window.end) - secondsOf(window.start);
      const overrun = used + plannedSeconds - length;
      if (overrun > 0) {
        throw new errors.ValidationError(
          `Khung ${windowName(window)} ngày ${vnDate(airDate)} của đài ${station.name} vượt ${overrun} giây (khung dài ${length} giây, đã xếp ${used} giây, chương trình này ${plannedSeconds} giây).`
        );
      }
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
    const previous =
      current && !copy
        ? {
            stationId: (current.station as { id: number } | null)?.id ?? stationId,
            airDate: String(current.airDate),
            windowStart: String(current.windowStart),
          }
        : null;
    return previous ? [group, previous] : [group];
  },

  /** Start times of a window's items after one of them moved, grew or was added. */
  async restack({ stationId, airDate, windowStart }: Group) {
    const items = (await strapi.db.query(ITEM).findMany({
      where: { station: { id: stationId }, airDate, airStatus: { $ne: 'cancelled' } },
      orderBy: [{ position: 'asc' }],
      select: ['id', 'windowStart', 'startsAt', 'plannedSeconds'],
    })) as Array<{
      id: number;
      windowStart: string;
      startsAt: string | null;
      plannedSeconds: number;
    }>;
    let clock = secondsOf(windowStart);
    for (const item of items.filter((i) => secondsOf(i.windowStart) === secondsOf(windowStart))) {
      const startsAt = `${clockOf(clock)}.000`;
      if (!item.startsAt || secondsOf(item.startsAt) !== clock) {
        await strapi.db.query(ITEM).update({ where: { id: item.id }, data: { startsAt } });
      }
      clock += item.plannedSeconds ?? 0;
    }
  },

  /** A script's text changed: its planned items take the new length, their windows new times. */
  async refreshScript(scriptDocumentId: string) {
    const items = (await strapi.db.query(ITEM).findMany({
      where: { script: { documentId: scriptDocumentId }, airStatus: 'planned' },
      populate: {
        station: { select: ['id', 'syllablesPerMinute'] },
        script: { select: ['script'] },
      },
    })) as Array<Row & { id: number; airDate: string; windowStart: string }>;
    const groups = new Map<string, Group>();
    for (const item of items) {
      const station = item.station as { id: number; syllablesPerMinute: number } | null;
      const text = (item.script as { script?: string } | null)?.script ?? '';
      if (!station) {
        continue;
      }
      await strapi.db.query(ITEM).update({
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
      ? ((await strapi.db.query(SCRIPT).findMany({
          where: {
            documentId: { $in: ids },
            publishedAt: { $notNull: true },
            ...(reviewed && { [REVIEW_FIELDS.stage]: 'approved' }),
          },
          select: ['documentId', 'title', 'script'],
          populate: { audio: { select: ['url'] } },
        })) as PublishedScript[])
      : [];
    return new Map(rows.map((row) => [row.documentId, row]));
  },

  /** A station's day: each window with its items in order and their computed start times. */
  async day(slug: string, date: string): Promise<Rundown> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
      throw new errors.ValidationError('"date" phải có dạng YYYY-MM-DD.');
    }
    const station = await this.station({ slug });
    if (!station) {
      throw new errors.NotFoundError(`Không có đài "${slug}".`);
    }
    const items = (await strapi.db.query(ITEM).findMany({
      where: { station: { id: station.id }, airDate: date, airStatus: { $ne: 'cancelled' } },
      orderBy: [{ windowStart: 'asc' }, { position: 'asc' }],
      populate: { script: { select: ['documentId'] } },
    })) as Array<Row & { windowStart: string; plannedSeconds: number; script: Row | null }>;
    const approved = await this.approvedScripts(
      items.map((item) => item.script?.documentId as string | undefined)
    );
    const weekday = weekdayOf(date);
    const windows = (station.windows ?? [])
      .filter((w) => (w.weekdays ?? []).includes(weekday))
      .sort((a, b) => secondsOf(a.start) - secondsOf(b.start))
      .map((w) => {
        let clock = secondsOf(w.start);
        const entries = items
          .filter((item) => secondsOf(item.windowStart) === secondsOf(w.start))
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
        const length = secondsOf(w.end) - secondsOf(w.start);
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
  },

  /** The announcer's sheet: A4, one row per item, the full script under it. */
  html(rundown: Rundown) {
    const minutes = (s: number) => `${Math.floor(s / 60)} phút ${s % 60} giây`;
    const windows = rundown.windows
      .map(
        (
          w
        ) => `<section><h2>Khung ${w.start.slice(0, 5)}–${w.end.slice(0, 5)}${w.label ? ` · ${escapeHtml(w.label)}` : ''}</h2>
${w.items
  .map(
    (
      item
    ) => `<article><h3><span class="time">${item.startsAt.slice(0, 5)}</span> ${escapeHtml(item.title as string)} <span class="length">(${minutes(item.seconds ?? 0)})</span></h3>
${item.approved ? textToHtml(item.script) : `<p class="unapproved">${NOT_APPROVED}</p>`}</article>`
  )
  .join('\n')}
<p class="free">Còn trống ${minutes(w.freeSeconds)}.</p></section>`
      )
      .join('\n');
    return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Lịch phát sóng ${escapeHtml(rundown.station.name)} ngày ${vnDate(rundown.date)}</title>
<style>@page{size:A4;margin:20mm 18mm}body{font-family:"Times New Roman",serif;font-size:13pt;line-height:1.45}h1{font-size:16pt;text-align:center;margin:0}p.sub{text-align:center;margin:4pt 0 14pt}h2{font-size:14pt;border-bottom:1px solid #000;margin-top:16pt}h3{font-size:13pt;margin:12pt 0 4pt}.time{display:inline-block;min-width:3.2em}.length{font-weight:normal}.free,.unapproved{font-style:italic}article{page-break-inside:avoid}</style>
</head><body>
<h1>LỊCH PHÁT SÓNG ${escapeHtml(rundown.station.name.toUpperCase())}</h1>
<p class="sub">Ngày ${vnDate(rundown.date)}${rundown.station.unit ? ` · ${escapeHtml(rundown.station.unit)}` : ''}</p>
${windows || '<p>Ngày này đài không có khung phát sóng.</p>'}
</body></html>`;
  },
});

export default rundownService;
export type RundownService = ReturnType<typeof rundownService>;
