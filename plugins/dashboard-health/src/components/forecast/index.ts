export { ForecastSummary } from './ForecastSummary';
