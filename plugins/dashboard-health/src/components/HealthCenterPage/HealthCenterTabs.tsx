import { Content, Header, Page } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useSearchParams } from 'react-router-dom';
import { DashboardsView } from '../center';
import { PoliciesView } from '../policies';

const TABS = [
  { id: 'dashboards', label: 'Dashboards' },
  { id: 'policies', label: 'Policies' },
] as const;

/**
 * The Health Center's front page (`/dashboard-health`): every visible dashboard's health, and the validation
 * policies.
 * Plain core-components, so it renders the same in the legacy and the new frontend system. The tab lives
 * in the query string (`?tab=policies`) so it can be linked to and survives a reload.
 */
export function HealthCenterTabs() {
  const [params, setParams] = useSearchParams();
  const selected = Math.max(
    0,
    TABS.findIndex(tab => tab.id === params.get('tab')),
  );

  return (
    <Page themeId="tool">
      <Header
        title="Dashboard Health"
        subtitle="Which Superset dashboards are broken, stale or misleading"
      />
      <Content>
        <Box mb={2}>
          <Tabs
            value={selected}
            onChange={(_event, index: number) =>
              setParams(index === 0 ? {} : { tab: TABS[index].id }, {
                replace: true,
              })
            }
            indicatorColor="primary"
            textColor="primary"
          >
            {TABS.map(tab => (
              <Tab key={tab.id} label={tab.label} />
            ))}
          </Tabs>
        </Box>
        {TABS[selected].id === 'dashboards' ? (
          <DashboardsView />
        ) : (
          <PoliciesView />
        )}
      </Content>
    </Page>
  );
}
