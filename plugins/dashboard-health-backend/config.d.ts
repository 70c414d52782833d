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
      /** How long one chart's query may take before it is reported as timed out. Default 60 seconds. */
      chartTimeout?: HumanDuration;
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
