import { cloneElement, ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * A recharts chart `height` pixels tall: at a fixed `width` when one is given (tests: jsdom has no layout
 * to measure), otherwise as wide as its container.
 */
export function SizedChart(props: {
  width?: number;
  height: number;
  children: ReactElement;
}) {
  const { width, height, children } = props;
  if (width) return cloneElement(children, { width, height });
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}
