interface KoaLike {
  query: Record<string, unknown>;
}

/**
 * Create and update routes of reviewed types save a draft unless `?status=published` is asked
 * for (Strapi's REST default is to publish, which the review stages forbid for unapproved
 * content); an explicit publish still meets the review gate.
 */
const draftByDefault = () => async (ctx: KoaLike, next: () => Promise<unknown>) => {
  ctx.query.status ??= 'draft';
  return next();
};

export default draftByDefault;
