import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { HealthCenterPage } from './HealthCenterPage';

describe('HealthCenterPage', () => {
  it('shows its title and the empty state', async () => {
    await renderInTestApp(<HealthCenterPage />);
    expect(screen.getByText('Dashboard Health')).toBeInTheDocument();
    expect(
      screen.getByText('No dashboards have been validated yet.'),
    ).toBeInTheDocument();
  });
});
