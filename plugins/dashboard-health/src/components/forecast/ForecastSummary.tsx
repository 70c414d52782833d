import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  CapacityForecast,
  describeForecast,
} from '@dashboard-health/plugin-dashboard-health-common';
import { basisSentence, sharedSentence } from './forecastDetails';

/**
 * Whether the night fits, in words: green when it does, a warning with what to change when it does not,
 * and where the estimates come from.
 */
export function ForecastSummary(props: { forecast: CapacityForecast }) {
  const { forecast } = props;
  const details = [basisSentence(forecast), sharedSentence(forecast)]
    .filter(Boolean)
    .join(' ');
  return (
    <Alert
      severity={forecast.fits ? 'success' : 'warning'}
      data-testid="capacity-forecast"
      data-fits={String(forecast.fits)}
    >
      <Typography variant="body2">{describeForecast(forecast)}</Typography>
      {details && (
        <Typography variant="caption" component="p">
          {details}
        </Typography>
      )}
    </Alert>
  );
}
