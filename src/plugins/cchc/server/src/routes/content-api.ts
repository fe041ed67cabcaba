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
    // posting tools: API tokens given these actions (Settings → API Tokens → custom)
    ...[
      ['POST', '/social-queue/claim', 'social-queue.claim'],
      ['POST', '/social-queue/:id/ack', 'social-queue.ack'],
      // its own action: a read-only token passes every action named find
      ['GET', '/social-queue', 'social-queue.list'],
      // the district summary for reporting tools: API tokens given these actions
      ['GET', '/reports/summary', 'reports.summary'],
      ['GET', '/reports/summary.docx', 'reports.summaryDocx'],
      ['GET', '/reports/summary.xlsx', 'reports.summaryXlsx'],
    ].map(([method, path, handler]) => ({
      method,
      path,
      handler,
      config: { policies: [], prefix: '' },
    })),
  ],
};
