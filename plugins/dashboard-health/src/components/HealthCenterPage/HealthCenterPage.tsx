import { Content, Header, Page } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';

/** The Health Center: every dashboard's latest health. Filled in by the frontend issue. */
export const HealthCenterPage = () => (
  <Page themeId="tool">
    <Header
      title="Dashboard Health"
      subtitle="Which Superset dashboards are broken, stale or misleading"
    />
    <Content>
      <Typography variant="body1">
        No dashboards have been validated yet.
      </Typography>
    </Content>
  </Page>
);
