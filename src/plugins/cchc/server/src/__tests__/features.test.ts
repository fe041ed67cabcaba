import type { Core } from '@strapi/strapi';
import { documentPanels, lifecycleSubscribers } from '../features';

// the lists are read, never run, here: a subscriber reaches for its services only when it runs
const strapi = {} as Core.Strapi;
const namesFor = (event: string) =>
  lifecycleSubscribers(strapi)
    .filter((s) => s.event === event)
    .map((s) => s.name);

describe('what happens to a document, as features.ts lists it', () => {
  test('publishing rewrites the read model, queues the social posts, writes the webhooks, and queues the spoken audio', () => {
    expect(namesFor('published')).toEqual([
      'read model: rewrite the document',
      'social queue: one post per channel',
      'webhooks: entry.publish',
      'speech: queue the spoken audio',
    ]);
  });

  test('unpublishing and deleting cancel unposted posts; only unpublishing is a webhook', () => {
    expect(namesFor('unpublished')).toEqual([
      'read model: rewrite the document',
      'social queue: cancel what is not posted yet',
      'webhooks: entry.unpublish',
    ]);
    expect(namesFor('deleted')).toEqual([
      'read model: rewrite the document',
      'social queue: cancel what is not posted yet',
    ]);
    expect(namesFor('published-edit')).toEqual(['webhooks: entry.update']);
  });

  test('a review move is recorded in the audit trail before its webhook is written', () => {
    expect(namesFor('review-moved')).toEqual([
      'audit: record the transition',
      'webhooks: review.*',
    ]);
  });

  test('report moves and a site token’s new key, written outside the Document Service, are recorded', () => {
    expect(namesFor('report-moved')).toEqual(['audit: record the transition']);
    expect(namesFor('site-token-renewed')).toEqual(['audit: record the new key']);
  });

  test('the review state shows the panels of the features that own them', () => {
    expect(documentPanels(strapi).map((p) => p.key)).toEqual(['socialPosts', 'speechJobs']);
  });
});
