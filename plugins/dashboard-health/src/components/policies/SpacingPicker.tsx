import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import {
  Spacing,
  SPACING_MODES,
} from '@dashboard-health/plugin-dashboard-health-common';

const LABELS: Record<Spacing, string> = {
  even: 'Even',
  weighted: "Weighted by each dashboard's expected duration",
};

const SPACING_HELP =
  'Weighted gives each dashboard a share of the window in proportion to how long it usually takes, so a ' +
  "heavy one is followed by a longer gap; a slot moves only when its dashboard's cost changes materially.";

/** How the policy's slots are spread over the window: evenly, or by each dashboard's expected cost. */
export function SpacingPicker(props: {
  value: Spacing;
  onChange: (spacing: Spacing) => void;
  error?: string;
}) {
  const { value, onChange, error } = props;
  return (
    <FormControl component="fieldset" error={Boolean(error)}>
      <FormLabel component="legend" id="policy-spacing-label">
        Spacing
      </FormLabel>
      <RadioGroup
        row
        name="policy-spacing"
        aria-labelledby="policy-spacing-label"
        aria-describedby="policy-spacing-help"
        value={value}
        onChange={event => onChange(event.target.value as Spacing)}
      >
        {SPACING_MODES.map(mode => (
          <FormControlLabel
            key={mode}
            value={mode}
            label={LABELS[mode]}
            control={<Radio size="small" />}
          />
        ))}
      </RadioGroup>
      <FormHelperText id="policy-spacing-help">
        {error ?? SPACING_HELP}
      </FormHelperText>
    </FormControl>
  );
}
