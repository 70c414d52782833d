import { ResponseErrorPanel, WarningPanel } from '@backstage/core-components';
import { describeError } from './describeError';

/**
 * What the tab and card show when the backend cannot answer, instead of a blank space: the tab gives the
 * full server response for whoever debugs it, the card only a line.
 */
export function HealthUnavailable(props: { error: Error; compact?: boolean }) {
  const title = `Dashboard Health is unavailable: ${describeError(
    props.error,
  )}`;
  if (props.compact) {
    return <WarningPanel severity="error" title={title} />;
  }
  return <ResponseErrorPanel error={props.error} title={title} />;
}
