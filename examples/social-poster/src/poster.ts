import createClient from 'openapi-fetch';
import type { paths } from './generated/api.ts';
import { publishToPage, type PageApi } from './page-api.ts';

export interface PosterOptions {
  /** the app's address, e.g. http://localhost:1337 */
  baseUrl: string;
  /** an API token with plugin::cchc.social-queue.claim and .ack */
  token: string;
  /** the social channel's documentId (Kênh mạng xã hội) */
  channel: string;
  page: PageApi;
  max?: number;
}

export interface PosterRun {
  posted: Array<{ documentId: string; externalId: string }>;
  failed: Array<{ documentId: string; error: string }>;
  /** acks the queue did not record: the lease had passed to another worker */
  notRecorded: string[];
}

/**
 * One round of a posting tool: claims the channel's due posts, publishes each on the page and
 * tells the queue how it went. A post that fails is retried later by the queue, never twice at
 * once: the claim leases it to this run.
 */
export const postDuePosts = async (options: PosterOptions): Promise<PosterRun> => {
  const client = createClient<paths>({
    baseUrl: `${options.baseUrl}/api`,
    headers: { authorization: `Bearer ${options.token}` },
  });
  const claim = await client.POST('/social-queue/claim', {
    body: { channel: options.channel, max: options.max ?? 10 },
  });
  if (claim.error) {
    throw new Error(`claim refused (${claim.response.status}): ${claim.error.error.message}`);
  }
  const run: PosterRun = { posted: [], failed: [], notRecorded: [] };
  for (const item of claim.data.data.items) {
    const message = [item.message ?? item.summary ?? '', item.hashtags ?? '']
      .filter(Boolean)
      .join('\n\n');
    let result:
      | { status: 'posted'; externalId: string; leaseToken: string }
      | { status: 'failed'; error: string; leaseToken: string };
    try {
      const externalId = await publishToPage(options.page, {
        message,
        link: item.link,
        picture: item.imageUrl,
      });
      result = { status: 'posted', externalId, leaseToken: item.leaseToken };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      result = { status: 'failed', error: text.slice(0, 2000), leaseToken: item.leaseToken };
    }
    const ack = await client.POST('/social-queue/{id}/ack', {
      params: { path: { id: item.documentId } },
      body: result,
    });
    if (ack.error) {
      throw new Error(`ack refused (${ack.response.status}): ${ack.error.error.message}`);
    }
    if (!ack.data.data.changed) {
      run.notRecorded.push(item.documentId);
    } else if (result.status === 'posted') {
      run.posted.push({ documentId: item.documentId, externalId: result.externalId });
    } else {
      run.failed.push({ documentId: item.documentId, error: result.error });
    }
  }
  return run;
};
