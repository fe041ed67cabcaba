import type { ItemUrlRow, UnitRow } from './services/feeds';

/** A published document as the queue reads it: its channel flags, social text, cover and unit. */
export interface SocialContent extends ItemUrlRow {
  documentId: string;
  title?: string | null;
  summary?: string | null;
  sharedWithSubunits?: boolean | null;
  channels?: { social?: boolean | null } | null;
  socialPost?: { text?: string | null; hashtags?: string | null } | null;
  cover?: { url: string } | null;
  unit?: (UnitRow & { id: number; path?: string | null }) | null;
}

/** A social channel, with the unit whose items it posts. */
export interface Channel {
  id: number;
  documentId: string;
  name: string;
  active: boolean;
  unit: (UnitRow & { id: number }) | null;
}

const absolute = (url: string, baseUrl: string) =>
  /^https?:\/\//.test(url) ? url : `${baseUrl.replace(/\/$/, '')}${url}`;

/** The queued post of a published document for one channel: what the posting tool will send. */
export const postData = (
  post: {
    uid: string;
    docId: string;
    row: SocialContent;
    channel: Channel;
    dedupeKey: string;
    link: unknown;
  },
  baseUrl: string
) => {
  const { uid, docId, row, channel, dedupeKey, link } = post;
  const { socialPost: social, cover } = row;
  return {
    contentType: uid,
    targetDocumentId: docId,
    summary: String(row.title ?? '').slice(0, 300),
    channel: channel.id,
    channelName: channel.name,
    unit: channel.unit?.id ?? null,
    dedupeKey,
    message: social?.text || row.summary || row.title,
    hashtags: social?.hashtags ?? null,
    link,
    imageUrl: cover ? absolute(cover.url, baseUrl) : null,
    scheduledAt: new Date(),
    status: 'pending',
    attempts: 0,
  };
};
