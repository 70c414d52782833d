import {
  RECORD_STATUSES,
  SEVERITIES,
} from '@dashboard-health/plugin-dashboard-health-common';
import { z } from 'zod';

/** The summary limit the model is asked for; longer answers are cut rather than rejected. */
export const SUMMARY_MAX_CHARS = 600;

/**
 * What the model must answer, sent as a strict JSON schema.
 *
 * OpenAI's strict structured outputs require every property to be listed as required, so optional
 * fields are nullable here and become absent when mapped to an `Issue`. Length limits live in the
 * descriptions rather than as `maxLength`: strict mode does not accept every JSON Schema keyword on
 * every server, and one over-long summary should not cost the whole review.
 */
export const reviewOutputSchema = z.object({
  summary: z
    .string()
    .describe(
      `Plain-language verdict for the dashboard owner, at most ${SUMMARY_MAX_CHARS} characters.`,
    ),
  suggestedStatus: z
    .enum(RECORD_STATUSES)
    .describe(
      'pass: healthy; warn: usable with problems; fail: broken or misleading for users; error: cannot judge.',
    ),
  issues: z
    .array(
      z.object({
        severity: z.enum(SEVERITIES),
        code: z
          .string()
          .describe('Stable kebab-case code, e.g. misleading-empty-chart.'),
        chartId: z
          .number()
          .int()
          .nullable()
          .describe('Id of the chart concerned; null for the whole dashboard.'),
        chartName: z.string().nullable(),
        message: z.string().describe('What is wrong, in one or two sentences.'),
        suggestion: z
          .string()
          .nullable()
          .describe('How the owner can fix it, or null.'),
      }),
    )
    .describe(
      'Problems not already in the deterministic findings; empty when there are none.',
    ),
});

export type ReviewOutput = z.infer<typeof reviewOutputSchema>;

/** The name the schema is sent under; some servers echo it in logs. */
export const REVIEW_SCHEMA_NAME = 'dashboard_review';
