import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  PlanPreviewRequest,
  Spacing,
  Window,
  windowSchema,
} from '@dashboard-health/plugin-dashboard-health-common';
import { useMemo, useState } from 'react';
import { errorMessage } from '../center';
import { ForecastSummary } from '../forecast';
import { dstNote, previewSentence } from './previewText';
import { useSlotPreview } from './useSlotPreview';

export interface SlotPreviewProps {
  window: Window;
  /** Lower-case refs of the chosen dashboards. */
  entityRefs: string[];
  titleOf: (entityRef: string) => string;
  /** With it the backend forecasts whether the night fits (the instance's cap and other policies count). */
  environment?: string;
  /** The policy's own cap, when set. */
  maxConcurrency?: number;
  /** The policy being edited: not counted as another policy sharing the instance. */
  policyId?: string;
  /** How the slots are spread; the backend's default (even) without it. */
  spacing?: Spacing;
}

/**
 * When each chosen dashboard would be checked, as the backend's planner would plan it, and whether the
 * night fits, refreshed on every valid change of the window, the dashboards, the cap or the spacing. The date defaults
 * to the window's next occurrence.
 */
export function SlotPreview(props: SlotPreviewProps) {
  const { window, entityRefs, titleOf, environment, maxConcurrency } = props;
  const { policyId, spacing } = props;
  const [date, setDate] = useState('');

  const request = useMemo((): PlanPreviewRequest | undefined => {
    if (entityRefs.length === 0 || !windowSchema.safeParse(window).success) {
      return undefined;
    }
    return {
      window,
      entityRefs,
      ...(date ? { date } : {}),
      ...(environment ? { environment } : {}),
      ...(maxConcurrency ? { maxConcurrency } : {}),
      ...(policyId ? { policyId } : {}),
      ...(spacing ? { spacing } : {}),
    };
  }, [
    window,
    entityRefs,
    date,
    environment,
    maxConcurrency,
    policyId,
    spacing,
  ]);
  const preview = useSlotPreview(request);
  const answer = request ? preview.value : undefined;
  const note = answer && dstNote(answer.request.window, answer.plan);

  return (
    <Box>
      <Box display="flex" alignItems="center" mb={1}>
        <Typography variant="subtitle2" style={{ flexGrow: 1 }}>
          Slot preview
        </Typography>
        <TextField
          id="policy-preview-date"
          label="Preview date"
          type="date"
          size="small"
          value={date}
          onChange={event => setDate(event.target.value)}
          InputLabelProps={{ shrink: true }}
          helperText={date ? undefined : 'Next occurrence'}
        />
      </Box>
      {preview.loading && request && <LinearProgress />}
      {!request && (
        <Typography variant="body2" color="textSecondary">
          Choose dashboards and a valid window to see when each one is checked.
        </Typography>
      )}
      {request && preview.error && (
        <Alert severity="warning">
          No plan for this window: {previewError(preview.error)}
        </Alert>
      )}
      {answer && !preview.error && (
        <>
          <Typography variant="body2" data-testid="slot-preview">
            {previewSentence(
              answer.plan,
              answer.request.window.timezone,
              titleOf,
            )}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            Times in {answer.request.window.timezone} on {answer.plan.date}.
          </Typography>
          {answer.plan.forecast && (
            <Box mt={1}>
              <ForecastSummary forecast={answer.plan.forecast} />
            </Box>
          )}
          {note && (
            <Box mt={1}>
              <Alert severity="info">{note}</Alert>
            </Box>
          )}
        </>
      )}
    </Box>
  );
}

/** The planner's reason without the request-body prefix: "date: 2026-03-29 is a Sunday, …". */
function previewError(error: Error): string {
  return errorMessage(error).replace(/^Invalid [^:]*: /, '');
}
