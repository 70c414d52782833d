import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import {
  Weekday,
  WEEKDAYS,
} from '@dashboard-health/plugin-dashboard-health-common';

const LABELS: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** A checkbox per weekday; none checked means every day (the schema's "days left out"). */
export function WeekdayPicker(props: {
  value: Weekday[];
  onChange: (days: Weekday[]) => void;
  error?: string;
}) {
  const { value, onChange, error } = props;
  const toggle = (day: Weekday, checked: boolean) =>
    onChange(
      checked
        ? WEEKDAYS.filter(d => d === day || value.includes(d))
        : value.filter(d => d !== day),
    );
  return (
    <FormControl component="fieldset" error={Boolean(error)}>
      <FormLabel component="legend">Days</FormLabel>
      <FormGroup row>
        {WEEKDAYS.map(day => (
          <FormControlLabel
            key={day}
            label={LABELS[day]}
            control={
              <Checkbox
                size="small"
                checked={value.includes(day)}
                onChange={event => toggle(day, event.target.checked)}
              />
            }
          />
        ))}
      </FormGroup>
      <FormHelperText>
        {error ??
          (value.length === 0 ? 'None checked: every day' : 'Only these days')}
      </FormHelperText>
    </FormControl>
  );
}
