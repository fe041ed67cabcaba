export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/openapi.json',
      handler: 'openapi.show',
      config: { auth: false as const, policies: [] },
    },
  ],
};
