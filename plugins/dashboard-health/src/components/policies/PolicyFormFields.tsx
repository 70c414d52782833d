import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { useMemo } from 'react';
import { DashboardEntity } from '../center';
import { DashboardPicker } from './DashboardPicker';
import { FieldErrors, PolicyField } from './fieldErrors';
import { PolicyForm, windowOf } from './policyForm';
import { SlotPreview } from './SlotPreview';
import { SpacingPicker } from './SpacingPicker';
import { TimeZonePicker } from './TimeZonePicker';
import { WeekdayPicker } from './WeekdayPicker';

export interface PolicyFormFieldsProps {
  form: PolicyForm;
  /** Applies a change; the editor clears the errors of the changed fields. */
  onChange: (change: Partial<PolicyForm>, fields: PolicyField[]) => void;
  errors: FieldErrors;
  dashboards: DashboardEntity[];
  environments: string[];
  /** The stored policy being edited, if any: the forecast leaves it out of "other policies". */
  policy?: ValidationPolicy;
}

/** The policy's fields, each with its own error underneath, and the live slot preview. */
export function PolicyFormFields(props: PolicyFormFieldsProps) {
  const { form, onChange, errors, dashboards, environments } = props;
  const error = (field: PolicyField) => errors.fields[field];

  const byKey = useMemo(
    () => new Map(dashboards.map(d => [d.key, d])),
    [dashboards],
  );
  const options = useMemo(
    () =>
      dashboards
        .filter(d => d.environment === form.environment)
        .sort((a, b) => a.title.localeCompare(b.title)),
    [dashboards, form.environment],
  );
  const window = useMemo(
    () => windowOf(form),
    // Only the window's own fields matter; the whole form would re-plan on every name keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form.start, form.end, form.timezone, form.days],
  );
  const titleOf = (ref: string) => byKey.get(ref)?.title ?? ref;

  // A policy covers one environment, so changing it keeps only the dashboards of the new one.
  const changeEnvironment = (environment: string) =>
    onChange(
      {
        environment,
        entityRefs: form.entityRefs.filter(
          ref => byKey.get(ref)?.environment === environment,
        ),
      },
      ['environment', 'entityRefs'],
    );

  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={8}>
        <TextField
          id="policy-name"
          label="Name"
          value={form.name}
          onChange={event => onChange({ name: event.target.value }, ['name'])}
          error={Boolean(error('name'))}
          helperText={error('name')}
          fullWidth
          required
          variant="outlined"
        />
      </Grid>
      <Grid item xs={12} sm={4}>
        <TextField
          select
          SelectProps={{ native: true }}
          id="policy-environment"
          label="Environment"
          value={form.environment}
          onChange={event => changeEnvironment(event.target.value)}
          error={Boolean(error('environment'))}
          helperText={error('environment') ?? 'The Superset instance'}
          fullWidth
          required
          variant="outlined"
          InputLabelProps={{ shrink: true }}
        >
          {!environments.includes(form.environment) && (
            <option value={form.environment}>
              {form.environment || 'Choose…'}
            </option>
          )}
          {environments.map(environment => (
            <option key={environment} value={environment}>
              {environment}
            </option>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12}>
        <DashboardPicker
          options={options}
          selected={form.entityRefs}
          onChange={entityRefs => onChange({ entityRefs }, ['entityRefs'])}
          error={error('entityRefs')}
        />
      </Grid>
      <Grid item xs={6} sm={3}>
        <TextField
          id="policy-window-start"
          label="Start"
          type="time"
          value={form.start}
          onChange={event =>
            onChange({ start: event.target.value }, ['window.start'])
          }
          error={Boolean(error('window.start'))}
          helperText={error('window.start') ?? 'HH:mm'}
          fullWidth
          variant="outlined"
          InputLabelProps={{ shrink: true }}
        />
      </Grid>
      <Grid item xs={6} sm={3}>
        <TextField
          id="policy-window-end"
          label="End"
          type="time"
          value={form.end}
          onChange={event =>
            onChange({ end: event.target.value }, ['window.end'])
          }
          error={Boolean(error('window.end'))}
          helperText={
            error('window.end') ??
            (form.end <= form.start ? 'Next day' : 'HH:mm')
          }
          fullWidth
          variant="outlined"
          InputLabelProps={{ shrink: true }}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TimeZonePicker
          value={form.timezone}
          onChange={timezone => onChange({ timezone }, ['window.timezone'])}
          error={error('window.timezone')}
        />
      </Grid>
      <Grid item xs={12}>
        <WeekdayPicker
          value={form.days}
          onChange={days => onChange({ days }, ['window.days'])}
          error={error('window.days')}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <FormControlLabel
          label="Enabled"
          control={
            <Switch
              checked={form.enabled}
              onChange={event =>
                onChange({ enabled: event.target.checked }, ['enabled'])
              }
            />
          }
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          id="policy-max-concurrency"
          label="Max concurrency"
          type="number"
          value={form.maxConcurrency}
          onChange={event =>
            onChange({ maxConcurrency: event.target.value }, ['maxConcurrency'])
          }
          error={Boolean(error('maxConcurrency'))}
          helperText={
            error('maxConcurrency') ?? 'Optional: checks running at once'
          }
          inputProps={{ min: 1, max: 100 }}
          fullWidth
          variant="outlined"
        />
      </Grid>
      <Grid item xs={12}>
        <SpacingPicker
          value={form.spacing}
          onChange={spacing => onChange({ spacing }, ['spacing'])}
          error={error('spacing')}
        />
      </Grid>
      <Grid item xs={12}>
        <SlotPreview
          window={window}
          entityRefs={form.entityRefs}
          titleOf={titleOf}
          environment={form.environment || undefined}
          maxConcurrency={positiveInteger(form.maxConcurrency)}
          policyId={props.policy?.id}
          spacing={form.spacing}
        />
      </Grid>
    </Grid>
  );
}

/** The cap as typed, when it is a whole number ≥ 1; anything else is left to the field's own error. */
function positiveInteger(text: string): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 1
    ? value
    : undefined;
}
