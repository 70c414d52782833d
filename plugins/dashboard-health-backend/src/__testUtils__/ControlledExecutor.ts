import {
  RecordStatus,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';
import { RunExecutor, ValidationOutcome } from '../scheduling/RunExecutor';
import { SimulatedClock } from './SimulatedClock';

interface Execution {
  run: Run;
  startedAt: number;
  endsAt: number;
  resolve: (outcome: ValidationOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * A test executor whose validations take simulated time: each ends when the test's clock passes its
 * duration and `settle()` is called. It tracks how many run at once across every dispatcher sharing it.
 */
export class ControlledExecutor implements RunExecutor {
  readonly starts: Array<{ run: Run; at: number }> = [];
  peakConcurrency = 0;
  private readonly pending = new Set<Execution>();

  constructor(
    private readonly clock: SimulatedClock,
    private readonly options: {
      durationMs: number | ((run: Run) => number);
      status?: RecordStatus;
      /** Executions that never end on their own, like a process that died mid-run. */
      hang?: boolean;
    },
  ) {}

  get running(): number {
    return this.pending.size;
  }

  execute(request: {
    run: Run;
    signal: AbortSignal;
  }): Promise<ValidationOutcome> {
    const at = this.clock.now().getTime();
    const duration =
      typeof this.options.durationMs === 'function'
        ? this.options.durationMs(request.run)
        : this.options.durationMs;
    this.starts.push({ run: request.run, at });
    return new Promise((resolve, reject) => {
      const execution: Execution = {
        run: request.run,
        startedAt: at,
        endsAt: this.options.hang ? Infinity : at + duration,
        resolve,
        reject,
      };
      this.pending.add(execution);
      this.peakConcurrency = Math.max(this.peakConcurrency, this.pending.size);
      request.signal.addEventListener('abort', () => {
        this.pending.delete(execution);
        reject(request.signal.reason);
      });
    });
  }

  /** Ends every execution whose time has come; returns their run ids. */
  settle(): string[] {
    const now = this.clock.now().getTime();
    const settled: string[] = [];
    for (const execution of [...this.pending]) {
      if (execution.endsAt <= now) {
        this.pending.delete(execution);
        settled.push(execution.run.id);
        execution.resolve({
          status: this.options.status ?? 'pass',
          summary: `validated ${execution.run.entityRef}`,
          issues: [],
          facts: {
            chartCount: 1,
            failedCharts: 0,
            emptyCharts: 0,
            staleCharts: 0,
          },
          startedAt: new Date(execution.startedAt).toISOString(),
          finishedAt: new Date(now).toISOString(),
          durationMs: now - execution.startedAt,
          llm: { skippedReason: 'test executor' },
        });
      }
    }
    return settled;
  }

  /** Forgets hanging executions without ending them (the process they ran in is gone). */
  abandon() {
    this.pending.clear();
  }
}
