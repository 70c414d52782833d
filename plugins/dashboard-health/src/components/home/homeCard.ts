/**
 * The home page card, defined once for both frontend systems (legacy `createCardExtension`, new
 * `HomePageWidgetBlueprint`); the content is loaded lazily.
 */
export const dashboardHealthHomeCard = {
  name: 'HomePageDashboardHealthCard',
  title: 'Dashboard Health',
  description:
    'Dashboards by health status and the five that need attention most',
  components: () =>
    import('./DashboardHealthHomeWidget').then(m => ({
      Content: m.DashboardHealthHomeWidget,
    })),
  layout: {
    width: { minColumns: 4, defaultColumns: 6 },
    height: { minRows: 4, defaultRows: 6 },
  },
};
