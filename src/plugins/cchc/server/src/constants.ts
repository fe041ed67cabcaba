export const PLUGIN_ID = 'cchc';

/** Key under which schema.json attributes carry the plugin's per-field options. */
export const PLUGIN_OPTIONS_KEY = PLUGIN_ID;

/** Longest slug we generate; long Vietnamese titles are cut at a word boundary. */
export const SLUG_MAX_LENGTH = 120;
