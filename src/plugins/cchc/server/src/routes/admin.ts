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
  ],
};
