import { Link, Table, TableColumn } from '@backstage/core-components';
import { Issue } from '@dashboard-health/plugin-dashboard-health-common';
import Typography from '@material-ui/core/Typography';
import { sortIssues } from './sortIssues';
import { SeverityLabel } from './SeverityLabel';

const SOURCE_LABELS: Record<Issue['source'], string> = {
  check: 'Check',
  llm: 'LLM',
};

// Issues without a chart concern the dashboard as a whole (e.g. it could not be loaded).
function ChartCell(props: { issue: Issue }) {
  const { issue } = props;
  const name =
    issue.chartName ??
    (issue.chartId !== undefined ? `Chart ${issue.chartId}` : 'Dashboard');
  return issue.chartUrl ? <Link to={issue.chartUrl}>{name}</Link> : <>{name}</>;
}

const columns: TableColumn<Issue>[] = [
  {
    title: 'Severity',
    field: 'severity',
    width: '8em',
    render: issue => <SeverityLabel severity={issue.severity} />,
  },
  {
    title: 'Chart',
    field: 'chartName',
    render: issue => <ChartCell issue={issue} />,
  },
  { title: 'Message', field: 'message' },
  {
    title: 'Suggestion',
    field: 'suggestion',
    render: issue => issue.suggestion ?? '—',
  },
  {
    title: 'Source',
    field: 'source',
    width: '6em',
    render: issue => SOURCE_LABELS[issue.source],
  },
];

/** What the latest check found, most severe first, each pointing at the chart to fix in Superset. */
export function IssuesTable(props: { issues: Issue[] }) {
  // Copies, because material-table writes its own `tableData` into the row objects it is given.
  const issues = sortIssues(props.issues).map(issue => ({ ...issue }));
  if (issues.length === 0) {
    return (
      <Typography variant="body2" data-testid="no-issues">
        The latest check found no issues.
      </Typography>
    );
  }
  return (
    <Table<Issue>
      title={`Issues (${issues.length})`}
      columns={columns}
      data={issues}
      options={{
        search: false,
        paging: issues.length > 10,
        pageSize: 10,
        padding: 'dense',
        sorting: false,
      }}
    />
  );
}
