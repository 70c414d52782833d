import { isFinal, RawAsyncEvent } from './asyncEventSchema';

/** The job's channel can no longer be read (Superset issued a new async token, hence a new channel). */
export class AsyncChannelLost extends Error {
  constructor(readonly jobId: string) {
    super(
      `async job ${jobId} was on a channel that the renewed async token no longer reads`,
    );
  }
}

export interface AsyncEventPollerOptions {
  /** `GET /api/v1/async_event/?last_id=…` for the current channel. */
  readEvents(lastId: string | undefined): Promise<RawAsyncEvent[]>;
  /** The channel of the async token now held; undefined while there is none. */
  currentChannel(): string | undefined;
  /** Pause between two reads (Superset's own frontend: GLOBAL_ASYNC_QUERIES_POLLING_DELAY, 500 ms). */
  intervalMs: number;
  /** Injectable so tests control time. */
  sleep(ms: number): Promise<void>;
  /** The error a waiter gets when its own signal ends the wait. */
  aborted(jobId: string): Error;
}

interface Waiter {
  channelId: string;
  resolve(event: RawAsyncEvent): void;
  reject(error: unknown): void;
}

/** Final events nobody waits for yet (a 202 can arrive after the poll that saw its job finish). */
const UNCLAIMED_LIMIT = 1000;

/**
 * ONE poll loop per instance serves every pending job of its channel: Superset keeps one event stream
 * per channel, so reading it once per interval for all jobs costs one request however many charts wait.
 * The loop runs only while someone waits and remembers the last event id, so no event is read twice.
 */
export class AsyncEventPoller {
  private readonly waiters = new Map<string, Waiter>();
  private readonly unclaimed = new Map<string, RawAsyncEvent>();
  private lastId?: string;
  private lastChannel?: string;
  private running = false;

  constructor(private readonly options: AsyncEventPollerOptions) {}

  /** The job's final event (`done` or `error`); rejects when `signal` ends first or the channel is lost. */
  wait(
    job: { jobId: string; channelId: string },
    signal: AbortSignal,
  ): Promise<RawAsyncEvent> {
    const seen = this.unclaimed.get(job.jobId);
    if (seen) {
      this.unclaimed.delete(job.jobId);
      return Promise.resolve(seen);
    }
    if (signal.aborted) {
      return Promise.reject(this.options.aborted(job.jobId));
    }
    const channel = this.options.currentChannel();
    if (channel !== undefined && channel !== job.channelId) {
      // The answer that started the job also replaced the token (first request of a login): the
      // job's events go to a channel this client will never read.
      return Promise.reject(new AsyncChannelLost(job.jobId));
    }
    return new Promise<RawAsyncEvent>((resolve, reject) => {
      const onAbort = () => {
        this.waiters.delete(job.jobId);
        reject(this.options.aborted(job.jobId));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle =
        <T>(fn: (value: T) => void) =>
        (value: T) => {
          signal.removeEventListener('abort', onAbort);
          this.waiters.delete(job.jobId);
          fn(value);
        };
      this.waiters.set(job.jobId, {
        channelId: job.channelId,
        resolve: settle(resolve),
        reject: settle(reject),
      });
      this.start();
    });
  }

  /** Jobs waited for right now (for tests and logs). */
  get pending(): number {
    return this.waiters.size;
  }

  private start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop().finally(() => {
      this.running = false;
      // A waiter may have joined while the last round was finishing.
      if (this.waiters.size > 0) this.start();
    });
  }

  private async loop(): Promise<void> {
    while (this.waiters.size > 0) {
      await this.options.sleep(this.options.intervalMs);
      if (this.waiters.size === 0) return;
      try {
        this.dispatch(await this.options.readEvents(this.lastId));
      } catch (error) {
        // Retries already happened below us: every waiter gets the reason instead of a silent timeout.
        for (const waiter of [...this.waiters.values()]) waiter.reject(error);
      }
      this.dropLostChannels();
    }
  }

  private dispatch(events: RawAsyncEvent[]): void {
    for (const event of events) {
      this.lastId = event.id;
      if (!isFinal(event)) continue;
      const waiter = this.waiters.get(event.job_id);
      if (waiter) {
        waiter.resolve(event);
      } else {
        this.remember(event);
      }
    }
  }

  /** Waiters whose channel is not the one the current token reads can never see their event. */
  private dropLostChannels(): void {
    const channel = this.options.currentChannel();
    if (channel === undefined) return;
    if (channel !== this.lastChannel) {
      // A new channel is a new stream: ids of the old one mean nothing there.
      if (this.lastChannel !== undefined) this.lastId = undefined;
      this.lastChannel = channel;
    }
    for (const [jobId, waiter] of [...this.waiters]) {
      if (waiter.channelId !== channel)
        waiter.reject(new AsyncChannelLost(jobId));
    }
  }

  private remember(event: RawAsyncEvent): void {
    this.unclaimed.set(event.job_id, event);
    if (this.unclaimed.size > UNCLAIMED_LIMIT) {
      const oldest = this.unclaimed.keys().next().value;
      if (oldest !== undefined) this.unclaimed.delete(oldest);
    }
  }
}
