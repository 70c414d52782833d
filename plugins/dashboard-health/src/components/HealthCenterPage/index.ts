export { HealthCenterPage } from './HealthCenterPage';
