import type { UID } from '@strapi/strapi';

/** A document of a reviewed type, as the lifecycle events name it. */
export interface ContentEvent {
  uid: UID.ContentType;
  documentId: string;
}

/** A review stage moved (submitted, approved, returned…): the row as it was, and the move. */
export interface ReviewMoved extends ContentEvent {
  row: Record<string, unknown>;
  from: string;
  to: string;
  comment: string | null;
  /** the event's public name for subscribers outside (webhooks, Strapi's event hub), if any */
  publicName: string | null;
}

/**
 * A change written outside the Document Service (so no document middleware sees it): the row as
 * it is now, and the field's value before and after.
 */
export interface DirectChange {
  documentId: string;
  row: Record<string, unknown>;
  before: string | null;
  after: string;
  comment: string | null;
}

/** What happens to a document that features react to, each emitted once, in the change's transaction. */
export interface LifecycleEvents {
  published: ContentEvent;
  unpublished: ContentEvent;
  deleted: ContentEvent;
  /** a document that is on the sites was edited */
  'published-edit': ContentEvent;
  'review-moved': ReviewMoved;
  /** a unit report moved in its flow (submitted, withdrawn, accepted, returned) */
  'report-moved': DirectChange;
  /** a site token was given a new key (`before`/`after`: the key's shown prefix) */
  'site-token-renewed': DirectChange;
}
export type LifecycleEvent = keyof LifecycleEvents;

export interface Subscriber<E extends LifecycleEvent = LifecycleEvent> {
  event: E;
  /** which feature reacts and how, for logs and for the architecture note */
  name: string;
  handle(payload: LifecycleEvents[E]): Promise<unknown>;
}

/** A subscriber to any one of the events (`handle` is a method: a subscriber to one event fits). */
export type AnySubscriber = Subscriber;

export const subscriber = <E extends LifecycleEvent>(
  event: E,
  name: string,
  handle: (payload: LifecycleEvents[E]) => Promise<unknown>
): Subscriber<E> => ({ event, name, handle });
