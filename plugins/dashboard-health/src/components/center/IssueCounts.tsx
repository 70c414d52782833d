import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { errorTextColor } from '../shared/readableColors';
import { DashboardRow } from './types';

/** "2 critical, 1 warning": only the non-zero counts, so the eye lands on what is there. */
export function issueCountsText(row: DashboardRow): string {
  if (row.status === 'never') return '—';
  const { critical, warning, info } = row.issueCounts;
  const parts = [
    critical ? `${critical} critical` : '',
    warning ? `${warning} warning` : '',
    info ? `${info} info` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}

export function IssueCounts(props: { row: DashboardRow }) {
  const { critical } = props.row.issueCounts;
  const theme = useTheme();
  return (
    <Typography
      variant="body2"
      color="textPrimary"
      component="span"
      style={critical > 0 ? { color: errorTextColor(theme) } : undefined}
    >
      {issueCountsText(props.row)}
    </Typography>
  );
}
