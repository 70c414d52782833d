export { PolicyTimeline } from './PolicyTimeline';
export type { PolicyTimelineProps } from './PolicyTimeline';
