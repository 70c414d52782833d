import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_MAX_STALENESS,
  ANNOTATION_SUPERSET_DASHBOARD_ID,
  DEFAULT_MAX_STALENESS,
  FactsDigest,
  Issue,
  LlmUsage,
  parseStaleness,
  RecordStatus,
  Run,
  ValidationPolicy,
  worseStatus,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DateTime } from 'luxon';
import { Clock } from '../clock';
import { PolicyStore } from '../database/PolicyStore';
import { RecordStore } from '../database/RecordStore';
import { RunExecutor, ValidationOutcome } from '../scheduling/RunExecutor';
import {
  runChecks,
  statusOfIssues,
  summarize,
} from './checks/deterministicChecks';
import {
  DashboardUnavailableError,
  FactsSource,
  gatherFacts,
} from './facts/gatherFacts';
import {
  ANNOTATION_FRESHNESS_COLUMN,
  parseFreshnessColumns,
} from './facts/freshnessColumns';
import { DashboardFacts } from './facts/types';
import { LlmReviewer } from './llm/LlmReviewer';

/** A Superset instance as the engine uses it. */
export interface EngineInstance {
  source: FactsSource;
  baseUrl: string;
}

export interface ValidationEngineOptions {
  instances: ReadonlyMap<string, EngineInstance>;
  policies: PolicyStore;
  records: RecordStore;
  /** Absent without an API key: deterministic checks only (the embedded default). */
  reviewer?: LlmReviewer;
  clock: Clock;
  chartConcurrency: number;
  chartTimeoutMs: number;
  /** The gathering's budget (`validation.dashboardBudget`); charts not checked within it are named. */
  dashboardBudgetMs?: number;
  logger: LoggerService;
}

/**
 * The real RunExecutor: Superset facts → deterministic checks → LLM review → one record's content. The LLM
 * may add issues and its own summary (`llmSummary`, shown apart); the record's `summary` is always the
 * checks', and the status is the worse of the checks' and the LLM's, so it can never hide a deterministic
 * finding.
 */
export class ValidationEngine implements RunExecutor {
  constructor(private readonly options: ValidationEngineOptions) {}

  async execute(request: {
    run: Run;
    entity: Entity;
    environment: string;
    signal: AbortSignal;
  }): Promise<ValidationOutcome> {
    const { clock } = this.options;
    const startedAt = clock.now();
    const { entity, environment, signal } = request;
    const instance = this.options.instances.get(environment);
    if (!instance) {
      throw new Error(
        `environment '${environment}' is not a configured Superset instance`,
      );
    }
    const dashboardId = Number(
      entity.metadata.annotations?.[ANNOTATION_SUPERSET_DASHBOARD_ID],
    );
    if (!Number.isInteger(dashboardId)) {
      throw new Error(
        `the entity has no numeric ${ANNOTATION_SUPERSET_DASHBOARD_ID} annotation`,
      );
    }
    const policy = request.run.policyId
      ? await this.options.policies.get(request.run.policyId)
      : undefined;

    let facts: DashboardFacts;
    try {
      facts = await gatherFacts({
        environment,
        baseUrl: instance.baseUrl,
        dashboardId,
        source: instance.source,
        signal,
        now: () => clock.now(),
        chartConcurrency: this.options.chartConcurrency,
        chartTimeoutMs: this.options.chartTimeoutMs,
        budgetMs: this.options.dashboardBudgetMs,
        freshnessColumns: parseFreshnessColumns(
          entity.metadata.annotations?.[ANNOTATION_FRESHNESS_COLUMN],
        ),
      });
    } catch (error) {
      if (!(error instanceof DashboardUnavailableError)) throw error;
      return this.outcome(startedAt, {
        status: 'error',
        summary: error.message,
        issues: [
          {
            severity: 'critical',
            code: error.code,
            source: 'check',
            message: error.message,
          },
        ],
        facts: {
          chartCount: 0,
          failedCharts: 0,
          emptyCharts: 0,
          staleCharts: 0,
        },
        llm: { skippedReason: 'no facts to review' },
      });
    }

    const maxStalenessMs =
      parseStaleness(entity.metadata.annotations?.[ANNOTATION_MAX_STALENESS]) ??
      parseStaleness(policy?.maxStaleness) ??
      parseStaleness(DEFAULT_MAX_STALENESS)!;
    const checkIssues = runChecks(facts, { maxStalenessMs });
    const digest = digestOf(facts, checkIssues);
    const checkStatus = statusOfIssues(checkIssues);
    const checkSummary = summarize(facts, checkIssues);

    const skipped = await this.skipReason(policy);
    if (skipped || !this.options.reviewer) {
      return this.outcome(startedAt, {
        status: checkStatus,
        summary: checkSummary,
        issues: checkIssues,
        facts: digest,
        llm: { skippedReason: skipped },
      });
    }

    const reviewer = this.options.reviewer;
    const result = await reviewer.review({ facts, checkIssues, signal });
    if (!result.ok) {
      return this.outcome(startedAt, {
        status: checkStatus,
        summary: `${checkSummary} LLM review failed: ${result.reason}`,
        issues: checkIssues,
        facts: digest,
        llm: {
          model: result.model ?? reviewer.model,
          failedReason: result.reason,
          ...tokens(result.usage),
        },
      });
    }
    const { review } = result;
    // The LLM judges the dashboard, not the validation: it cannot declare the run itself an error.
    const suggested: RecordStatus =
      review.suggestedStatus === 'error' ? 'fail' : review.suggestedStatus;
    return this.outcome(startedAt, {
      status: worseStatus(checkStatus, suggested),
      // The dashboard's own texts reach the model, so its words may be an injected "Everything is fine":
      // they are kept apart and never replace what the checks found, which lists, notifications and search show.
      summary: checkSummary,
      ...(review.summary ? { llmSummary: review.summary } : {}),
      issues: [...checkIssues, ...newFindings(checkIssues, review.issues)],
      facts: digest,
      llm: { model: review.model, ...tokens(review.usage) },
    });
  }

  /** Why the LLM is not asked: no key configured, or the policy's token budget for today is spent. */
  private async skipReason(
    policy: ValidationPolicy | undefined,
  ): Promise<string | undefined> {
    if (!this.options.reviewer) {
      return 'no LLM API key configured: deterministic checks only';
    }
    const budget = policy?.llmDailyTokenBudget;
    if (!policy || budget === undefined) return undefined;
    const dayStart = DateTime.fromJSDate(this.options.clock.now(), {
      zone: policy.window.timezone,
    })
      .startOf('day')
      .toJSDate();
    const used = await this.options.records.tokensUsedSince(
      policy.id,
      dayStart,
    );
    return used >= budget
      ? `the policy's daily LLM token budget (${budget}) is spent (${used} used today): deterministic checks only`
      : undefined;
  }

  private outcome(
    startedAt: Date,
    content: Omit<ValidationOutcome, 'startedAt' | 'finishedAt' | 'durationMs'>,
  ): ValidationOutcome {
    const finishedAt = this.options.clock.now();
    return {
      ...content,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
    };
  }
}

function digestOf(
  facts: DashboardFacts,
  issues: readonly Issue[],
): FactsDigest {
  return {
    chartCount: facts.charts.length,
    // A chart the budget left unchecked did not fail; the charts-not-checked issue names it.
    failedCharts: facts.charts.filter(
      c => c.outcome !== 'ok' && c.outcome !== 'not-checked',
    ).length,
    emptyCharts: issues.filter(i => i.code === 'chart-no-data').length,
    staleCharts: issues.filter(i => i.code === 'stale-data').length,
  };
}

/** LLM issues that do not repeat a deterministic finding about the same chart. */
function newFindings(
  checkIssues: readonly Issue[],
  llmIssues: readonly Issue[],
): Issue[] {
  const known = new Set(checkIssues.map(i => `${i.chartId ?? '-'}/${i.code}`));
  return llmIssues
    .filter(i => !known.has(`${i.chartId ?? '-'}/${i.code}`))
    .map(i => ({ ...i, source: 'llm' as const }));
}

function tokens(usage?: {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}): Partial<LlmUsage> {
  return usage
    ? {
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        totalTokens: usage.totalTokens,
      }
    : {};
}
