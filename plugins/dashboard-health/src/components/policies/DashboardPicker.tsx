import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete, {
  createFilterOptions,
} from '@material-ui/lab/Autocomplete';
import { useMemo } from 'react';
import { DashboardEntity } from '../center';

export interface DashboardPickerProps {
  /** The dashboards of the chosen environment. */
  options: DashboardEntity[];
  /** Lower-case refs. */
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}

// An environment can hold thousands of dashboards; the list shows the best matches, the search finds the rest.
const filterOptions = createFilterOptions<DashboardEntity>({
  limit: 100,
  stringify: option => `${option.title} ${option.name}`,
});

/**
 * Searchable multi-select over the environment's dashboards. The selection is summarised ("15 selected")
 * instead of a chip per dashboard, which would not scale; the slot preview lists them.
 */
export function DashboardPicker(props: DashboardPickerProps) {
  const { options, selected, onChange, error } = props;
  const value = useMemo(() => {
    const chosen = new Set(selected);
    return options.filter(option => chosen.has(option.key));
  }, [options, selected]);
  // Refs of the stored policy that the catalog no longer has (deleted, or moved to another environment):
  // kept until the user removes them, so opening and saving a policy never changes it behind their back.
  const missingRefs = useMemo(() => {
    const known = new Set(options.map(option => option.key));
    return selected.filter(key => !known.has(key));
  }, [options, selected]);
  const missing = missingRefs.length;

  return (
    <Box>
      <Autocomplete
        id="policy-dashboards"
        multiple
        disableCloseOnSelect
        options={options}
        value={value}
        filterOptions={filterOptions}
        getOptionLabel={option => option.title}
        getOptionSelected={(option, chosen) => option.key === chosen.key}
        onChange={(_event, next) =>
          onChange([...next.map(option => option.key), ...missingRefs])
        }
        renderTags={() => (
          <Typography variant="body2" component="span">
            {selected.length} selected
          </Typography>
        )}
        renderOption={(option, { selected: isSelected }) => (
          <>
            <Checkbox size="small" checked={isSelected} />
            <span>
              {option.title}{' '}
              <Typography variant="caption" color="textSecondary">
                {option.name}
              </Typography>
            </span>
          </>
        )}
        renderInput={params => (
          <TextField
            {...params}
            label="Dashboards"
            variant="outlined"
            error={Boolean(error)}
            helperText={
              error ?? `${selected.length} of ${options.length} selected`
            }
          />
        )}
      />
      <Box display="flex" alignItems="center" mt={0.5}>
        <Button
          size="small"
          onClick={() => onChange(options.map(option => option.key))}
          disabled={options.length === 0}
        >
          Select all ({options.length})
        </Button>
        <Button
          size="small"
          onClick={() => onChange([])}
          disabled={selected.length === 0}
        >
          Clear
        </Button>
        {missing > 0 && (
          <Typography variant="body2" color="error">
            {missing} selected{' '}
            {missing === 1 ? 'dashboard is' : 'dashboards are'} not in this
            environment's catalog any more.{' '}
            <Button
              size="small"
              onClick={() => onChange(value.map(option => option.key))}
            >
              Remove {missing === 1 ? 'it' : 'them'}
            </Button>
          </Typography>
        )}
      </Box>
    </Box>
  );
}
