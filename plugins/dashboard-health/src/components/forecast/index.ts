export { ForecastSummary } from './ForecastSummary';
export {
  forecastSentence,
  roughDuration,
  typicalDuration,
} from './forecastText';
