// Before the core router: `/trainings/calendar.ics` must not be read as `/trainings/:id`.
export default {
  routes: [
    {
      method: 'GET',
      path: '/trainings/calendar.ics',
      handler: 'plugin::cchc.feeds.calendar',
      // public like the sites: only published trainings are ever read
      config: { auth: false, policies: [] },
    },
  ],
};
