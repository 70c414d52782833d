import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { ChangeEvent } from 'react';
import { DisplayStatus, statusLabel, useReadableLabels } from '../shared';
import { RowFilters } from './filterRows';
import { ownerLabel } from './ownerLabel';
import { STATUSES_WORST_FIRST } from './statusSeverity';

export interface HealthFiltersProps {
  filters: RowFilters;
  onChange: (filters: RowFilters) => void;
  environments: string[];
  owners: string[];
}

/**
 * Environment, owner and status pickers and a text search. Native selects: they stay fast with hundreds
 * of owners and work with the keyboard and screen readers without extra work.
 */
export function HealthFilters(props: HealthFiltersProps) {
  const { filters, onChange, environments, owners } = props;
  const set =
    (field: keyof RowFilters) =>
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...filters, [field]: event.target.value });
  const labels = useReadableLabels();

  return (
    <Grid container spacing={2} className={labels.root}>
      <Grid item xs={12} md={3}>
        <TextField
          id="dashboard-health-search"
          label="Search"
          placeholder="Title, name or issue"
          value={filters.search}
          onChange={set('search')}
          fullWidth
          variant="outlined"
          size="small"
          inputProps={{ type: 'search' }}
        />
      </Grid>
      <Grid item xs={12} sm={4} md={3}>
        <NativeSelect
          id="dashboard-health-filter-environment"
          label="Environment"
          value={filters.environment}
          onChange={set('environment')}
          options={environments.map(e => ({ value: e, label: e }))}
        />
      </Grid>
      <Grid item xs={12} sm={4} md={3}>
        <NativeSelect
          id="dashboard-health-filter-owner"
          label="Owner"
          value={filters.owner}
          onChange={set('owner')}
          options={owners.map(o => ({ value: o, label: ownerLabel(o) }))}
        />
      </Grid>
      <Grid item xs={12} sm={4} md={3}>
        <NativeSelect
          id="dashboard-health-filter-status"
          label="Status"
          value={filters.status}
          onChange={set('status')}
          options={STATUSES_WORST_FIRST.map((s: DisplayStatus) => ({
            value: s,
            label: statusLabel(s),
          }))}
        />
      </Grid>
    </Grid>
  );
}

function NativeSelect(props: {
  /** Ties the label to the select, for screen readers (and tests). */
  id: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <TextField
      select
      SelectProps={{ native: true }}
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      fullWidth
      variant="outlined"
      size="small"
      InputLabelProps={{ shrink: true }}
    >
      <option value="">All</option>
      {props.options.map(option => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
