import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  SupersetClient,
  SupersetInstanceConfig,
} from '@dashboard-health/superset-client';
import { Clock } from '../clock';
import { DashboardHealthConfig } from '../config';
import { PolicyStore } from '../database/PolicyStore';
import { RecordStore } from '../database/RecordStore';
import { OpenAiReviewer } from './llm/OpenAiReviewer';
import { readLlmConfig } from './llm/readLlmConfig';
import { ValidationEngine } from './ValidationEngine';

/** The validation engine as configured: one Superset client per instance, the LLM reviewer if a key is set. */
export function createValidationEngine(options: {
  config: Config;
  instances: readonly SupersetInstanceConfig[];
  settings: DashboardHealthConfig;
  policies: PolicyStore;
  records: RecordStore;
  clock: Clock;
  logger: LoggerService;
}): ValidationEngine {
  const { logger } = options;
  const llm = readLlmConfig(options.config);
  if (!llm) {
    logger.info(
      'No dashboardHealth.llm.apiKey configured: validations run deterministic checks only',
    );
  }
  return new ValidationEngine({
    instances: new Map(
      options.instances.map(instance => [
        instance.id,
        {
          source: new SupersetClient({ instance, logger }),
          baseUrl: instance.baseUrl,
        },
      ]),
    ),
    policies: options.policies,
    records: options.records,
    reviewer: llm ? new OpenAiReviewer({ ...llm, logger }) : undefined,
    clock: options.clock,
    chartConcurrency: options.settings.chartConcurrency,
    chartTimeoutMs: options.settings.chartTimeoutMs,
    dashboardBudgetMs: options.settings.dashboardBudgetMs,
    logger,
  });
}
