import type { ChartDataAnswer } from '../charts/chartData';
import type { Clock } from '../time/clock';
import { randomId } from '../util/ids';
import type { VersionProfile } from '../versions/profiles';
import type { AsyncQueriesConfig } from './asyncQueriesSchema';
import { jobErrors } from './jobErrors';

/** build_job_metadata's shape: what the 202 answers and every event repeats. */
export interface JobMetadata {
  channel_id: string;
  job_id: string;
  user_id: number | null;
  status: 'pending' | 'running' | 'done' | 'error';
  errors: unknown[];
  result_url: string | null;
}

/** One entry of a channel's event stream (a Redis stream entry: `{id, ...job}`). */
export type AsyncEvent = { id: string } & JobMetadata;

/** Superset's AsyncQueryManager.MAX_EVENT_COUNT: one read returns at most this many events. */
const MAX_EVENT_COUNT = 100;
/** GLOBAL_ASYNC_QUERIES_REDIS_STREAM_LIMIT: a channel's stream keeps its latest 1000 events. */
const STREAM_LIMIT = 1000;

interface CachedResult {
  body: unknown;
  expiresAtMs: number;
}

/**
 * The Celery worker and Redis of an async-queries Superset: jobs move pending → running → done/error on
 * timers, each step appended to the channel's event stream; a done job's result is cached under a key
 * that `result_url` names and that answers later GETs of the same chart as a cached 200.
 */
export class AsyncJobStore {
  private readonly streams = new Map<string, AsyncEvent[]>();
  private readonly results = new Map<string, CachedResult>();
  private readonly chartResults = new Map<string, string>();
  private sequence = 0;

  constructor(
    private readonly config: AsyncQueriesConfig,
    private readonly profile: VersionProfile,
    private readonly clock: Clock,
    private readonly schedule: (delayMs: number, run: () => void) => void,
  ) {}

  /** Starts a job whose outcome is `answer` (what the synchronous route would have said). */
  submit(
    channel: string,
    userId: number | null,
    chartId: number,
    answer: ChartDataAnswer,
  ): JobMetadata {
    const job: JobMetadata = {
      channel_id: channel,
      job_id: randomId(),
      user_id: userId,
      status: 'pending',
      errors: [],
      result_url: null,
    };
    const { pendingMs, runningMs } = this.config;
    this.schedule(pendingMs, () => {
      this.append({ ...job, status: 'running' });
      this.schedule(runningMs + answer.delayMs, () =>
        this.finish(job, chartId, answer),
      );
    });
    return job;
  }

  /** `read_events`: the channel's events after `lastId` (all of them without one), at most 100. */
  read(channel: string, lastId: string | undefined): AsyncEvent[] {
    const after = lastId === undefined ? -1 : sequenceOf(lastId);
    return (this.streams.get(channel) ?? [])
      .filter(event => sequenceOf(event.id) > after)
      .slice(0, MAX_EVENT_COUNT);
  }

  /** `GET /chart/data/{cache_key}`: the cached result, unless it expired. */
  result(cacheKey: string): unknown | undefined {
    const cached = this.results.get(cacheKey);
    if (!cached || cached.expiresAtMs <= this.clock.now().getTime()) {
      this.results.delete(cacheKey);
      return undefined;
    }
    return cached.body;
  }

  /** The cached result of a chart's last finished job, answered as a 200 instead of a new job. */
  cachedChartResult(
    chartId: number,
    userId: number | null,
  ): unknown | undefined {
    const key = this.chartResults.get(`${chartId}:${userId}`);
    return key === undefined ? undefined : this.result(key);
  }

  /** Every cached result is gone (as when the data cache evicts them). */
  expireResults(): void {
    this.results.clear();
  }

  private finish(job: JobMetadata, chartId: number, answer: ChartDataAnswer) {
    if (answer.status !== 200) {
      this.append({
        ...job,
        status: 'error',
        errors: jobErrors(answer.body, this.profile),
      });
      return;
    }
    const cacheKey = `qc-${randomId().replace(/-/g, '')}`;
    this.results.set(cacheKey, {
      body: markCached(answer.body, this.clock.now()),
      expiresAtMs: this.clock.now().getTime() + this.config.resultTtlMs,
    });
    this.chartResults.set(`${chartId}:${job.user_id}`, cacheKey);
    this.append({
      ...job,
      status: 'done',
      result_url: `/api/v1/chart/data/${cacheKey}`,
    });
  }

  private append(job: JobMetadata): void {
    this.sequence += 1;
    const event = {
      id: `${this.clock.now().getTime()}-${this.sequence}`,
      ...job,
    };
    const stream = this.streams.get(job.channel_id) ?? [];
    stream.push(event);
    if (stream.length > STREAM_LIMIT) stream.shift();
    this.streams.set(job.channel_id, stream);
  }
}

/** Redis stream ids are `<ms>-<seq>`; the simulator's seq alone orders them. */
function sequenceOf(id: string): number {
  const seq = Number(id.split('-')[1]);
  return Number.isFinite(seq) ? seq : -1;
}

/** A result read back from the cache says so, like Superset's `force_cached` reads. */
function markCached(body: unknown, at: Date): unknown {
  const result = (body as { result?: Record<string, unknown>[] }).result;
  if (!Array.isArray(result)) return body;
  const cachedDttm = at.toISOString().replace('Z', '').padEnd(26, '0');
  return {
    result: result.map(query => ({
      ...query,
      is_cached: true,
      cached_dttm: cachedDttm,
    })),
  };
}
