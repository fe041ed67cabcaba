import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { readTypes, referenceTypes } from './read-types';
import { COMMON_SCOPE } from './services/content-version';

/** Who may read what: a change to Public's permissions changes public answers too. */
const ACCESS_MODELS = ['plugin::users-permissions.permission', 'plugin::users-permissions.role'];
const MEDIA_MODELS = ['plugin::upload.file'];

interface LifecycleEvent {
  model: { uid: string };
  params?: { where?: Record<string, unknown> };
  result?: unknown;
}

const isDraftRow = (row: unknown) =>
  Boolean(row) &&
  typeof row === 'object' &&
  (row as { publishedAt?: unknown }).publishedAt === null;

/** A bulk write whose filter names drafts only (Strapi's own draft updates look like this). */
const targetsDraftsOnly = (where: Record<string, unknown> | undefined) => {
  const publishedAt = where?.publishedAt;
  return (
    publishedAt === null ||
    (typeof publishedAt === 'object' &&
      publishedAt !== null &&
      (publishedAt as { $null?: unknown }).$null === true)
  );
};

/**
 * Replaces the content version in the transaction of every write the public can see, whatever
 * made it (Document Service, query engine, content manager, scripts): published rows of the read
 * types; any row of reference data, media and Public's permissions. A draft save changes nothing.
 */
export const watchPublicChanges = (strapi: Core.Strapi) => {
  const reads = new Set(readTypes(strapi).map((type) => type.uid));
  const models = [...reads, ...referenceTypes(strapi), ...MEDIA_MODELS, ...ACCESS_MODELS];
  const versions = getService(strapi, 'content-version');
  const scopeOf = (uid: string) => (reads.has(uid) ? uid : COMMON_SCOPE);

  const one = async (event: LifecycleEvent) => {
    const uid = event.model.uid;
    if (reads.has(uid) && isDraftRow(event.result)) {
      return;
    }
    await versions.bump([scopeOf(uid)]);
  };
  const many = async (event: LifecycleEvent) => {
    const uid = event.model.uid;
    if (reads.has(uid) && targetsDraftsOnly(event.params?.where)) {
      return;
    }
    await versions.bump([scopeOf(uid)]);
  };
  strapi.db.lifecycles.subscribe({
    models,
    afterCreate: one,
    afterUpdate: one,
    afterDelete: one,
    afterCreateMany: many,
    afterUpdateMany: many,
    afterDeleteMany: many,
  });
};
