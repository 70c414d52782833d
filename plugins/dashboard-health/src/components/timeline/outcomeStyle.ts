import { Theme } from '@material-ui/core/styles';
import { statusLabel } from '../shared';
import { SlotOutcome } from './timelineRows';

/** "Pass", "Failing", "Running", "Missed": the same words as the status chips, plus the run states. */
export function outcomeLabel(outcome: SlotOutcome): string {
  switch (outcome) {
    case 'pass':
    case 'warn':
    case 'fail':
    case 'error':
      return statusLabel(outcome);
    default:
      return outcome.charAt(0).toLocaleUpperCase('en-US') + outcome.slice(1);
  }
}

/** A run bar's colour: the status chips' colours for judged runs, the theme's info colour while running. */
export function outcomeColor(theme: Theme, outcome: SlotOutcome): string {
  const { palette } = theme;
  switch (outcome) {
    case 'pass':
      return palette.success.main;
    case 'warn':
      return palette.warning.main;
    case 'fail':
    case 'missed':
      return palette.error.main;
    case 'error':
      return palette.grey[600];
    case 'running':
      return palette.info.main;
    default:
      return palette.text.secondary;
  }
}
