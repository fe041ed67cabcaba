export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'GET',
      path: '/audit-entries/export.csv',
      handler: 'audit.exportCsv',
      config: {
        // read permission and its unit conditions are applied by the service, as the list view does
        policies: ['admin::isAuthenticatedAdmin'],
      },
    },
    ...[
      ['GET', '/review/config', 'review.config'],
      ['GET', '/review/queue', 'review.queue'],
      ['GET', '/review/:uid/:documentId', 'review.state'],
      ['POST', '/review/:uid/:documentId/:action', 'review.transition'],
      ['GET', '/stations/:slug/rundown', 'radio.rundown'],
      ['GET', '/stations/:slug/rundown.html', 'radio.sheet'],
      // results reporting: the services check the plugin's report actions and their units
      ['GET', '/reports/summary', 'reports.summary'],
      ['GET', '/reports/summary.docx', 'reports.summaryDocx'],
      ['GET', '/reports/summary.xlsx', 'reports.summaryXlsx'],
      ['GET', '/reports/options', 'reports.options'],
      ['POST', '/reports/remind', 'reports.remind'],
      ['GET', '/reports/:documentId', 'reports.state'],
      ['POST', '/reports/:documentId/:action', 'reports.transition'],
      // the key of a site token: the service checks the update permission on its unit
      ['POST', '/site-tokens/:documentId/key', 'site-tokens.issueKey'],
    ].map(([method, path, handler]) => ({
      method,
      path,
      handler,
      // who may move what is decided per document by the content-manager permissions
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    })),
  ],
};
