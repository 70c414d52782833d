import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useMemo } from 'react';

/**
 * The IANA zones this browser knows. `supportedValuesOf` lists canonical zones only, so UTC (an alias
 * there) is added, and so is the current value should it be an alias such as Europe/Kiev.
 */
function zonesWith(current: string): string[] {
  const zones = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
  if (current) zones.add(current);
  return [...zones];
}

export function TimeZonePicker(props: {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
}) {
  const { value, onChange, error } = props;
  const options = useMemo(() => zonesWith(value), [value]);
  return (
    <Autocomplete
      id="policy-timezone"
      options={options}
      value={value}
      disableClearable
      autoHighlight
      onChange={(_event, zone) => onChange(zone)}
      renderInput={params => (
        <TextField
          {...params}
          label="Time zone"
          variant="outlined"
          error={Boolean(error)}
          helperText={error ?? 'The window’s times are in this zone'}
        />
      )}
    />
  );
}
