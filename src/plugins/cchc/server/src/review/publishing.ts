import type { Core, UID } from '@strapi/strapi';

interface PublishParams {
  documentId: string;
  locale?: string;
  populate?: unknown;
  fields?: unknown;
}

/** The draft-and-publish actions of a type the caller knows has drafts (the generic uid type hides them). */
export interface PublishingDocuments {
  publish(params: PublishParams): Promise<{ documentId: string; entries: unknown[] }>;
  unpublish(params: PublishParams): Promise<unknown>;
}

export const publishingDocuments = (strapi: Core.Strapi, uid: UID.ContentType) =>
  strapi.documents(uid) as unknown as PublishingDocuments;
