import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import Typography from '@material-ui/core/Typography';

/**
 * The LLM review's own summary, on its own line and named as the model's: the model reads the dashboard's
 * texts, so its words may be steered by them and never stand in for the checks' summary.
 */
export function LlmSummary(props: { record: ValidationRecord }) {
  const { llmSummary } = props.record;
  if (!llmSummary) return null;
  return (
    <Typography variant="body2" data-testid="llm-summary">
      LLM review: {llmSummary}
    </Typography>
  );
}
