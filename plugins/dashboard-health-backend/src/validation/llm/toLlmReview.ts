import { Issue } from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardFacts } from '../facts/types';
import { LlmReview, LlmTokenUsage } from './LlmReviewer';
import { ReviewOutput, SUMMARY_MAX_CHARS } from './reviewSchema';

/** A runaway answer must not bloat the record; more than this is noise, not a review. */
export const MAX_LLM_ISSUES = 50;
const MAX_TEXT_CHARS = 1000;
const MAX_CODE_CHARS = 80;
const FALLBACK_CODE = 'llm-observation';

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

/**
 * Turns the model's answer into a review. The model is not trusted with references: a chart id that
 * is not on the dashboard is dropped (it would link the owner to the wrong chart), and a known id
 * takes its name from the facts rather than from the model.
 */
export function toLlmReview(
  output: ReviewOutput,
  facts: DashboardFacts,
  model: string,
  usage: LlmTokenUsage | undefined,
): LlmReview {
  const charts = new Map(facts.charts.map(c => [c.id, c]));
  const issues: Issue[] = [];
  for (const raw of output.issues) {
    const message = clip(raw.message, MAX_TEXT_CHARS);
    if (!message) {
      continue; // an issue without words gives the owner nothing to act on
    }
    const issue: Issue = {
      severity: raw.severity,
      code: clip(raw.code, MAX_CODE_CHARS) || FALLBACK_CODE,
      source: 'llm',
      message,
    };
    const known = raw.chartId === null ? undefined : charts.get(raw.chartId);
    if (known !== undefined) {
      // Name and link come from Superset's facts, not from what the model wrote.
      issue.chartId = known.id;
      issue.chartName = known.name;
      if (known.url) issue.chartUrl = known.url;
    } else if (raw.chartName?.trim()) {
      issue.chartName = clip(raw.chartName, MAX_TEXT_CHARS);
    }
    const suggestion = raw.suggestion
      ? clip(raw.suggestion, MAX_TEXT_CHARS)
      : '';
    if (suggestion) {
      issue.suggestion = suggestion;
    }
    issues.push(issue);
    if (issues.length === MAX_LLM_ISSUES) {
      break;
    }
  }
  return {
    summary: clip(output.summary, SUMMARY_MAX_CHARS),
    suggestedStatus: output.suggestedStatus,
    issues,
    model,
    ...(usage ? { usage } : {}),
  };
}
