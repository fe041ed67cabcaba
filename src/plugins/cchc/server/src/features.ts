import { core } from './core';
import { content } from './content';
import { units } from './units';
import { review } from './review';
import { audit } from './audit';
import { distribution } from './distribution';
import { radio } from './radio';
import { reports } from './reports';
import { publicReads } from './public-reads';

export { core, content, units, review, audit, distribution, radio, reports, publicReads };

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
];
