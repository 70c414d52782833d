import {
  CatalogAutocomplete,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import { DASHBOARD_ENTITY_KIND } from '@dashboard-health/plugin-dashboard-health-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Typography from '@material-ui/core/Typography';
import CheckBoxIcon from '@material-ui/icons/CheckBox';
import CheckBoxOutlineBlankIcon from '@material-ui/icons/CheckBoxOutlineBlank';
import { useEffect, useMemo, useState } from 'react';
import { DisplayStatus, statusLabel } from '../shared';
import {
  DashboardHealthEntityFilters,
  DashboardHealthStatusFilter,
  FILTER_STATUSES,
} from './DashboardHealthStatusFilter';
import { isDashboardHealthAvailable } from '../entity/isDashboardHealthAvailable';
import { useAllDashboardStatuses } from './useAllDashboardStatuses';

const OPTIONS = [...FILTER_STATUSES];

/** Statuses named in the URL, in the picker's order; anything else there is ignored. */
function parseStatuses(value: string | string[] | undefined): DisplayStatus[] {
  const given = new Set([value ?? []].flat());
  return OPTIONS.filter(status => given.has(status));
}

function sameStatuses(
  a: readonly DisplayStatus[],
  b: readonly DisplayStatus[],
) {
  return a.length === b.length && a.every((status, i) => status === b[i]);
}

/**
 * Props of {@link DashboardHealthStatusPicker}.
 *
 * @public
 */
export interface DashboardHealthStatusPickerProps {
  /** Statuses selected when neither the URL nor an earlier selection names any. */
  initialFilter?: DisplayStatus[];
}

/**
 * A catalog filter by dashboard health status. Shown on Resource lists and on any list with dashboards;
 * elsewhere it would only clutter the sidebar, unless a selection is active and must stay clearable.
 */
export function DashboardHealthStatusPicker(
  props: DashboardHealthStatusPickerProps,
) {
  const { filters, updateFilters, backendEntities, queryParameters } =
    useEntityList<DashboardHealthEntityFilters>();
  const fromQuery = useMemo(
    () => parseStatuses(queryParameters.dashboardHealth),
    [queryParameters.dashboardHealth],
  );
  // The URL wins over what an earlier mount selected, which wins over the initial selection.
  const [selected, setSelected] = useState<DisplayStatus[]>(() =>
    fromQuery.length > 0
      ? fromQuery
      : [...(filters.dashboardHealth?.values ?? props.initialFilter ?? [])],
  );
  useEffect(() => {
    // Back/forward navigation changes the URL under the picker.
    if (fromQuery.length > 0) {
      setSelected(prev => (sameStatuses(prev, fromQuery) ? prev : fromQuery));
    }
  }, [fromQuery]);

  // Statuses of every dashboard in the catalog, not only the loaded page's: the filter becomes a catalog
  // query, so pagination and the total count cover the whole matching set.
  const { statuses, loading, error } = useAllDashboardStatuses(
    selected.length > 0,
  );
  const listsDashboards = useMemo(
    () => backendEntities.some(isDashboardHealthAvailable),
    [backendEntities],
  );

  useEffect(() => {
    updateFilters({
      dashboardHealth:
        selected.length > 0
          ? new DashboardHealthStatusFilter(selected, statuses)
          : undefined,
    });
  }, [selected, statuses, updateFilters]);

  const onDashboardKind =
    filters.kind?.value.toLocaleLowerCase('en-US') ===
    DASHBOARD_ENTITY_KIND.toLocaleLowerCase('en-US');
  if (!onDashboardKind && !listsDashboards && selected.length === 0) {
    return null;
  }

  return (
    <Box pb={1} pt={1}>
      <CatalogAutocomplete<DisplayStatus, true>
        label="Dashboard health"
        name="dashboard-health-picker"
        multiple
        disableCloseOnSelect
        options={OPTIONS}
        value={selected}
        getOptionLabel={statusLabel}
        onChange={(_event, value) => setSelected(value)}
        renderOption={(option, { selected: checked }) => (
          <FormControlLabel
            control={
              <Checkbox
                icon={<CheckBoxOutlineBlankIcon fontSize="small" />}
                checkedIcon={<CheckBoxIcon fontSize="small" />}
                checked={checked}
              />
            }
            // The option itself toggles; the label must not toggle it a second time.
            onClick={event => event.preventDefault()}
            label={statusLabel(option)}
          />
        )}
      />
      {/* Until the statuses are known nothing can be shown to match, so the list is empty meanwhile. */}
      {loading && selected.length > 0 && (
        <Typography variant="caption" color="textSecondary" component="p">
          Loading health…
        </Typography>
      )}
      {error && (
        <Typography variant="caption" color="error" component="p">
          Health unavailable: {error.message}
        </Typography>
      )}
    </Box>
  );
}
