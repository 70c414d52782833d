/** What a dashboard's recent validations say about how long its next one will take. */
export interface DurationEstimate {
  entityRef: string;
  medianSeconds: number;
  p90Seconds: number;
  /** The cost weighted spacing plans with: the median, held until it moves materially (hysteresis). */
  planningSeconds: number;
  /** Completed validations measured so far (the aggregate keeps only the most recent ones). */
  sampleCount: number;
}

/**
 * The rolling aggregate of validation durations, one row per dashboard, updated when a run finishes
 * (see recordDuration). One implementation, on the plugin database.
 */
export interface DurationStore {
  /** Estimates of the dashboards that have any; never-run ones are absent. */
  estimates(
    entityRefs: readonly string[],
  ): Promise<Map<string, DurationEstimate>>;
  /** Adds one completed validation's duration (outside a run's finish, e.g. imports and tests). */
  record(entityRef: string, durationMs: number, at: Date): Promise<void>;
}
