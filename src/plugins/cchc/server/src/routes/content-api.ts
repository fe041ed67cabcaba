export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/openapi.json',
      handler: 'openapi.show',
      config: { auth: false as const, policies: [] },
    },
    ...[
      ['rss.xml', 'rss'],
      ['atom.xml', 'atom'],
      ['feed.json', 'json'],
    ].map(([file, action]) => ({
      method: 'GET',
      path: `/feeds/${file}`,
      handler: `feeds.${action}`,
      // public like the sites they feed; only published content is ever read
      config: { auth: false as const, policies: [], prefix: '' },
    })),
  ],
};
