import { core } from './core';
import { content } from './content';
import { units } from './units';
import { review } from './review';
import { audit } from './audit';
import { distribution } from './distribution';
import { radio } from './radio';
import { reports } from './reports';
import { publicReads } from './public-reads';
import { search } from './search';
import { limits } from './limits';
import { metrics } from './metrics';
import type { Core } from '@strapi/strapi';
import type { JobKind } from './core/jobs/kind';
import type { RetainedTable } from './core/jobs/retention';
import type { OperationDoc } from './core/openapi/operation';
import { distributionDocs } from './distribution/api-docs';
import { searchDocs } from './search/api-docs';
import { reportsDocs } from './reports/api-docs';
import { radioDocs } from './radio/api-docs';
import type { AnySubscriber } from './core/lifecycle/events';
import type { DocumentPanel } from './core/document-panels';

export {
  core,
  content,
  units,
  review,
  audit,
  distribution,
  radio,
  reports,
  publicReads,
  search,
  limits,
  metrics,
};

/** Every feature, in the order their routes are listed. */
export const FEATURES = [
  core,
  content,
  units,
  review,
  audit,
  distribution,
  radio,
  reports,
  publicReads,
  search,
];

/** The job runner's kinds, in the order each tick runs them: publishing first. */
export const jobKinds = (strapi: Core.Strapi): JobKind[] => [
  ...review.jobKinds(strapi),
  ...distribution.jobKinds(strapi),
  ...radio.jobKinds(strapi),
  ...reports.jobKinds(strapi),
];

/** The Content API routes of ours that tokens or Public call, as the OpenAPI document describes them. */
export const apiDocs = (strapi: Core.Strapi): OperationDoc[] => [
  ...distributionDocs(strapi),
  ...radioDocs(),
  ...reportsDocs(),
  ...searchDocs(),
];

/** Tables the runner's retention sweeps besides its kinds' own. */
export const retainedTables = (strapi: Core.Strapi): RetainedTable[] => [
  ...distribution.retainedTables(strapi),
];

/**
 * Who reacts to a document's lifecycle, in the order they run (inside the change's transaction):
 * what happens when an article is published, unpublished, edited on the sites or moved in review.
 */
export const lifecycleSubscribers = (strapi: Core.Strapi): AnySubscriber[] => [
  ...publicReads.subscribers(strapi),
  ...audit.subscribers(strapi),
  ...distribution.subscribers(strapi),
  ...radio.subscribers(strapi),
];

/** What the admin shows beside a document's review state, from the features that own it. */
export const documentPanels = (strapi: Core.Strapi): DocumentPanel[] => [
  ...distribution.panels(strapi),
  ...radio.panels(strapi),
];
