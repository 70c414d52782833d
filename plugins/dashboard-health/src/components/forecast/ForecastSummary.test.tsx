import { render, screen } from '@testing-library/react';
import { forecast } from '../timeline/__testUtils__/planFixtures';
import { ForecastSummary } from './ForecastSummary';

describe('ForecastSummary', () => {
  it('shows a night that fits as a success with the basis of the estimates', () => {
    render(<ForecastSummary forecast={forecast()} />);
    const summary = screen.getByTestId('capacity-forecast');
    expect(summary).toHaveAttribute('data-fits', 'true');
    expect(summary).toHaveTextContent(
      '15 dashboards × ~40 s at cap 2 — 5 min of a 4 h window, fits',
    );
    expect(summary).toHaveTextContent('12 from their own history');
  });

  it('counts the policies sharing the instance in the sentence and names them in the small print', () => {
    render(
      <ForecastSummary
        forecast={forecast({
          sharedWith: [
            {
              policyId: 'p2',
              name: 'Finance',
              overlapSeconds: 7200,
              busySeconds: 900,
            },
          ],
        })}
      />,
    );
    const summary = screen.getByTestId('capacity-forecast');
    expect(summary).toHaveTextContent(
      '(sharing the instance with 1 other policy), fits',
    );
    expect(summary).toHaveTextContent(
      'Other policies on the instance: Finance (2 h overlap).',
    );
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
