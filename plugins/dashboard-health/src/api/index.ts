export * from './DashboardHealthApi';
export * from './DashboardHealthClient';
