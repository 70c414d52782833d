export { SizedChart } from './SizedChart';
export { tooltipContentStyle } from './tooltipContentStyle';
