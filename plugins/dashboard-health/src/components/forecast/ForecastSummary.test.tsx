import { render, screen } from '@testing-library/react';
import { forecast } from '../timeline/__testUtils__/planFixtures';
import { ForecastSummary } from './ForecastSummary';

describe('ForecastSummary', () => {
  it('shows a night that fits as a success with the basis of the estimates', () => {
    render(<ForecastSummary forecast={forecast()} />);
    const summary = screen.getByTestId('capacity-forecast');
    expect(summary).toHaveAttribute('data-fits', 'true');
    expect(summary).toHaveTextContent('fits');
    expect(summary).toHaveTextContent('12 from their own history');
  });

  it('warns when the night does not fit', () => {
    render(
      <ForecastSummary
        forecast={forecast({
          fits: false,
          expectedMissed: 7,
          neededSeconds: 20_000,
        })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'about 7 would be missed',
    );
    expect(screen.getByTestId('capacity-forecast')).toHaveAttribute(
      'data-fits',
      'false',
    );
  });
});
