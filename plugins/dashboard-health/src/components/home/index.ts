export { DashboardHealthHomeWidget } from './DashboardHealthHomeWidget';
