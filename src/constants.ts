import type { UID } from '@strapi/strapi';

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

/** Content the Public role may read (published versions only, as Strapi serves them). */
export const PUBLIC_READABLE: UID.ContentType[] = [
  UIDS.article,
  UIDS.leaflet,
  UIDS.broadcastScript,
  UIDS.training,
  UIDS.unit,
  UIDS.column,
  UIDS.topic,
  UIDS.campaign,
];

export const PUBLIC_ACTIONS = ['find', 'findOne'] as const;
