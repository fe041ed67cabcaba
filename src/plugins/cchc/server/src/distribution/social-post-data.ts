import type { Row } from './social-queue-input';

export type Channel = Row & { id: number; documentId: string; name: string; unit: Row | null };

const absolute = (url: string, baseUrl: string) =>
  /^https?:\/\//.test(url) ? url : `${baseUrl.replace(/\/$/, '')}${url}`;

/** The queued post of a published document for one channel: what the posting tool will send. */
export const postData = (
  post: {
    uid: string;
    docId: string;
    row: Row;
    channel: Channel;
    dedupeKey: string;
    link: unknown;
  },
  baseUrl: string
) => {
  const { uid, docId, row, channel, dedupeKey, link } = post;
  const social = (row.socialPost ?? {}) as { text?: string | null; hashtags?: string | null };
  const cover = row.cover as { url: string } | null;
  return {
    contentType: uid,
    targetDocumentId: docId,
    summary: String(row.title ?? '').slice(0, 300),
    channel: channel.id,
    channelName: channel.name,
    unit: (channel.unit as { id?: number } | null)?.id ?? null,
    dedupeKey,
    message: social.text || row.summary || row.title,
    hashtags: social.hashtags ?? null,
    link,
    imageUrl: cover ? absolute(cover.url, baseUrl) : null,
    scheduledAt: new Date(),
    status: 'pending',
    attempts: 0,
  };
};
