import type { Core, UID } from '@strapi/strapi';

export const UIDS = {
  unit: 'api::unit.unit',
  column: 'api::column.column',
  topic: 'api::topic.topic',
  campaign: 'api::campaign.campaign',
  article: 'api::article.article',
  leaflet: 'api::leaflet.leaflet',
  broadcastScript: 'api::broadcast-script.broadcast-script',
  training: 'api::training.training',
  unitReport: 'api::unit-report.unit-report',
  socialChannel: 'api::social-channel.social-channel',
  station: 'api::station.station',
  rundownItem: 'api::rundown-item.rundown-item',
} as const satisfies Record<string, UID.ContentType>;

/** Reference data Public may read beside the reviewed types and the unit tree. */
const PUBLIC_REFERENCE: UID.ContentType[] = [UIDS.column, UIDS.topic, UIDS.campaign];

/**
 * Content the Public role may read (published versions only, as Strapi serves them): the
 * reviewed types and the unit tree as the cchc plugin's config names them, and the reference data.
 */
export const publicReadable = (strapi: Core.Strapi): UID.ContentType[] => {
  const { review, unitUid } = strapi.config.get('plugin::cchc') as {
    review: { types: string[] };
    unitUid: string;
  };
  return [...review.types, unitUid, ...PUBLIC_REFERENCE] as UID.ContentType[];
};

export const PUBLIC_ACTIONS = ['find', 'findOne'] as const;
