import type { Core } from '@strapi/strapi';
import icalGenerator from 'ical-generator';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { getService } from '../../core/get-service';
import { parseInput } from '../../core/parse-input';
import { offsetAt } from '../../core/local-time';
import { pluginConfig } from '../../core/plugin-config';
import { TRAINING_UID } from '../../core/constants';
import type { UnitRow } from './feeds';

/** More events than any calendar app shows at once; the newest are kept. */
const MAX_EVENTS = 1000;

export const calendarQuerySchema = z.strictObject({
  site: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a slug such as xa-son-tay')
    .optional(),
});

/**
 * The zone's definition for calendar apps. Vietnam keeps one offset all year, so a single
 * STANDARD block describes it exactly (a zone with daylight saving would need its rules).
 */
const vtimezone = (timeZone: string) => {
  const offset = offsetAt(timeZone, new Date()).replace(':', '');
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    `X-LIC-LOCATION:${timeZone}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${offset.slice(0, 3)}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
};

/** Published trainings as iCalendar (RFC 5545), one event per training, on a site or everywhere. */
const calendarService = ({ strapi }: { strapi: Core.Strapi }) => ({
  parse(query: unknown) {
    return parseInput(calendarQuerySchema, query, 'Tham số');
  },

  async build(site: string | undefined): Promise<string> {
    const { timeZone } = pluginConfig(strapi);
    const feeds = getService(strapi, 'feeds');
    const siteUnit: UnitRow | null = site ? await feeds.unit(site) : null;
    const filters = site
      ? await getService(strapi, 'site').filtersFor(TRAINING_UID, site)
      : undefined;
    const rows = await strapi.documents(TRAINING_UID).findMany({
      status: 'published',
      filters,
      sort: [{ startsAt: 'desc' }, { id: 'desc' }],
      populate: { unit: { fields: ['name', 'slug', 'itemUrlPattern'] } },
      limit: MAX_EVENTS,
    });

    const calendar = icalGenerator({
      name: `Hội nghị, tập huấn CCHC — ${siteUnit?.name ?? pluginConfig(strapi).feeds.title}`,
      prodId: { company: 'cchc', product: 'content-backend', language: 'VI' },
      timezone: { name: timeZone, generator: vtimezone },
    });
    for (const row of rows) {
      const start = DateTime.fromJSDate(new Date(row.startsAt as Date | string));
      const end = row.endsAt ? DateTime.fromJSDate(new Date(row.endsAt)) : start.plus({ hours: 1 });
      const { unit } = row;
      calendar.createEvent({
        id: `training-${row.documentId}@cchc`,
        timezone: timeZone,
        start,
        end,
        stamp: DateTime.fromJSDate(new Date(row.publishedAt as Date | string)),
        summary: String(row.title ?? ''),
        description: [row.description, unit?.name ? `Đơn vị tổ chức: ${unit.name}` : null]
          .filter(Boolean)
          .join('\n\n'),
        location: row.location ?? null,
        url: feeds.itemUrl('training', row, siteUnit),
      });
    }
    return calendar.toString();
  },
});

export default calendarService;
