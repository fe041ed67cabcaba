import { z } from 'zod';

const uid = z.string().regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, 'a content type uid');

export const pluginConfigSchema = z.strictObject({
  /** The content type that forms the unit tree. */
  unitUid: uid,
  /** Content types owned by a unit, and the relation attribute that names the owner. */
  scopedTypes: z.record(uid, z.string().min(1)),
  /** Boolean attribute by which an item is shared with the units below its owner. */
  sharedFlag: z.string().min(1),
  /**
   * Unit kinds that speak for themselves (people's committees). A unit of any other kind
   * (office, centre, agency) speaks for its parent: its items are the parent's on a site.
   */
  selfGoverningKinds: z.array(z.string().min(1)),
  audit: z.strictObject({ enabled: z.boolean() }),
});

export type PluginConfig = z.infer<typeof pluginConfigSchema>;

export default {
  default: {
    unitUid: 'api::unit.unit',
    scopedTypes: {},
    sharedFlag: 'sharedWithSubunits',
    selfGoverningKinds: ['people_committee'],
    audit: { enabled: true },
  } satisfies PluginConfig,
  validator(config: unknown) {
    const result = pluginConfigSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid cchc plugin config: ${result.error.message}`);
    }
  },
};
