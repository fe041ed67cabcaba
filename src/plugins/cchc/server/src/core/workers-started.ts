import type { Core } from '@strapi/strapi';

/**
 * Apps whose background workers were started by the plugin's bootstrap. Commands that load the
 * app without starting it (type generation) still run `destroy`, with no tables to release.
 */
export const workersStarted = new WeakSet<Core.Strapi>();
