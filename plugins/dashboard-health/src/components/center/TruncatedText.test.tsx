import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TruncatedText } from './TruncatedText';

describe('TruncatedText', () => {
  it('keeps long text on one line, focusable, and shows all of it on hover', async () => {
    const text =
      'The chart\'s query fails (dataset public.web_sessions): Error: column "bounce_flag" does not exist';
    render(<TruncatedText text={text} />);
    const cut = screen.getByTestId('truncated-text');
    expect(cut).toHaveStyle({ whiteSpace: 'nowrap', textOverflow: 'ellipsis' });

    // Before the tooltip opens the full text is the element's title, so assistive tech has it too.
    expect(cut).toHaveAttribute('title', text);
    await userEvent.tab();
    expect(cut).toHaveFocus();

    await userEvent.hover(cut);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(text);
  });
});
