export { StatusChip, statusLabel } from './StatusChip';
export type { DisplayStatus } from './StatusChip';
export {
  formatInstant,
  formatRelative,
  formatWindow,
  formatDuration,
} from './time';
export { usePolicyPagePath } from './usePolicyPagePath';
export { useReadableLabels } from './useReadableLabels';
