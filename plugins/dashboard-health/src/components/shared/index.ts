export { StatusChip, statusLabel } from './StatusChip';
export type { DisplayStatus } from './StatusChip';
export { formatInstant, formatWindow, formatDuration } from './time';
