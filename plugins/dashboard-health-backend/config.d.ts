import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Dashboard Health backend settings. */
  dashboardHealth?: {
    planner?: {
      /**
       * The smallest gap between two validation slots, in seconds; a window that cannot give every dashboard
       * this much room is refused. Default 1.
       */
      minSpacingSeconds?: number;
      /** How often enabled policies are checked for window dates to materialise. Default 5 minutes. */
      frequency?: HumanDuration;
      /**
       * Expected validation time of a dashboard that never completed one, for capacity forecasts and
       * weighted spacing (dashboards with a history use the median of their recent runs). Default 60.
       */
      defaultDurationSeconds?: number;
    };
    /**
     * A demo policy per Superset instance whose daily window (UTC) opens `startAfter` after startup and
     * spreads the instance's dashboards over `spread`, so a fresh demo shows results within minutes. Meant
     * for the embedded simulator (app-config.yaml); off by default.
     */
    demoPolicy?: {
      enabled?: boolean;
      /** The instance whose dashboards it validates; default every configured instance, one policy each. */
      environment?: string;
      /** Default 1 minute. */
      startAfter?: HumanDuration;
      /** Default 10 minutes. */
      spread?: HumanDuration;
    };
    dispatcher?: {
      /**
       * How often due runs are claimed and started (a scheduler task, one replica at a time). A run starts
       * at most this long after its slot when capacity allows. Default 10 seconds.
       */
      frequency?: HumanDuration;
      /**
       * How long after its window end a queued run may still start; after that it ends `missed`. Manual
       * runs get the same time from their request. Default 30 minutes.
       */
      gracePeriod?: HumanDuration;
      /**
       * How long a claimed run stays leased to its backend without a heartbeat; when that backend dies the
       * run is retried once after this. Default 2 minutes.
       */
      leaseDuration?: HumanDuration;
      /** A run still going after this is aborted and ends `error`. Default 10 minutes. */
      runTimeout?: HumanDuration;
    };
    validation?: {
      /** Chart queries of one validation in flight at once. Default 4. */
      chartConcurrency?: number;
      /** How long one chart's query may take, retries included, before it is reported as timed out. Default 60 seconds. */
      chartTimeout?: HumanDuration;
      /**
       * How long one validation may spend asking Superset: chart queries and dataset freshness probes
       * together. Charts not checked by then are recorded as `not-checked` and named in a
       * `charts-not-checked` warning, instead of the run timing out with nothing. Default: half of
       * `dispatcher.runTimeout` (5 minutes).
       * @visibility backend
       */
      dashboardBudget?: HumanDuration;
    };
    /**
     * The LLM review, on any OpenAI-compatible chat completions API (OpenAI, Ollama, vLLM). Without
     * `apiKey` there is no review: validations run the deterministic checks only.
     */
    llm?: {
      /** Base URL ending in /v1, e.g. http://localhost:11434/v1 for Ollama. Default: OpenAI. */
      baseUrl?: string;
      /**
       * API key. Servers that ignore keys (Ollama) need a placeholder such as `ollama`.
       * @visibility secret
       */
      apiKey?: string;
      /** Model name. Default gpt-4o-mini. */
      model?: string;
      /**
       * Limit for each HTTP attempt, as a Backstage duration: { seconds: 30 }, '30s' or 'PT30S'.
       * Default 60 seconds.
       */
      timeout?: HumanDuration | string;
      /** Retries after the first attempt, for 408/409/429/5xx, timeouts and connection errors; 429 honours retry-after. Default 2. */
      maxRetries?: number;
    };
    retention?: {
      /**
       * Days of ValidationRecords to keep. The latest record of every dashboard still in the catalog is kept
       * regardless; records of dashboards that left the catalog go after this. Default 90.
       */
      days?: number;
    };
  };
}
