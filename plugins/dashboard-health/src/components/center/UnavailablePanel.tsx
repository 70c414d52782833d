import { ResponseErrorPanel } from '@backstage/core-components';
import { errorMessage, HealthUnavailableError } from './HealthUnavailableError';

/**
 * The one way a failed load is shown: names what is unavailable (the dashboard-health backend or the
 * catalog) and keeps the server's details expandable, instead of leaving a blank page.
 */
export function UnavailablePanel(props: { error: Error }) {
  const { error } = props;
  if (error instanceof HealthUnavailableError) {
    return (
      <ResponseErrorPanel
        error={error.cause}
        title={`Dashboard Health is unavailable: ${error.message}`}
      />
    );
  }
  return (
    <ResponseErrorPanel
      error={error}
      title={`The catalog is unavailable: ${errorMessage(error)}`}
    />
  );
}
