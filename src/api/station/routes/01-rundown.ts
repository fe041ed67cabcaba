export default {
  routes: [
    {
      method: 'GET',
      path: '/stations/:slug/rundown',
      handler: 'station.rundown',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/stations/:slug/rundown.html',
      handler: 'station.rundownSheet',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/stations/:slug/rundown.zip',
      handler: 'station.rundownPackage',
      config: { policies: [] },
    },
  ],
};
