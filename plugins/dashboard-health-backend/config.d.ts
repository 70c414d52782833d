export interface Config {
  /** Dashboard Health backend settings. */
  dashboardHealth?: {
    planner?: {
      /**
       * The smallest gap between two validation slots, in seconds; a window that cannot give every dashboard
       * this much room is refused. Default 1.
       */
      minSpacingSeconds?: number;
    };
  };
}
