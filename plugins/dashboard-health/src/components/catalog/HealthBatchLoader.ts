import {
  HealthBatchResponse,
  HealthSummary,
  MAX_ENTITY_REFS,
} from '@dashboard-health/plugin-dashboard-health-common';
import DataLoader from 'dataloader';
import { DashboardHealthApi } from '../../api';
import { DisplayStatus } from '../shared';
import { ExpiringCache } from './ExpiringCache';

/**
 * What the catalog knows about one dashboard's health.
 *
 * @public
 */
export interface DashboardHealthLookup {
  /** `never` when the backend knows the dashboard but has not checked it yet. */
  status: DisplayStatus;
  /** The latest check; null when there was none. */
  summary: HealthSummary | null;
  /** When the next planned run starts (ISO instant); null when none is planned. */
  nextRunAt: string | null;
}

/**
 * `undefined`: the backend said nothing about the ref (not a dashboard it knows, or not visible to the user).
 *
 * @public
 */
export type LoadedHealth = DashboardHealthLookup | undefined;

type BatchApi = Pick<DashboardHealthApi, 'getHealthBatch'>;

export interface HealthBatchLoaderOptions {
  /** How long loads are collected before one request is sent. */
  delayMs?: number;
  /** How long an answer is reused; a catalog page re-renders its rows often. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * The backend normalises refs to lower case (the catalog compares them that way), so answers are keyed
 * the same way and `Resource:default/Sales` finds `resource:default/sales`.
 */
export function healthKey(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

function indexAnswer(answer: HealthBatchResponse): Map<string, LoadedHealth> {
  const found = new Map<string, LoadedHealth>();
  for (const entry of answer.unchecked) {
    found.set(healthKey(entry.entityRef), {
      status: 'never',
      summary: null,
      nextRunAt: entry.nextRunAt,
    });
  }
  for (const summary of answer.items) {
    found.set(healthKey(summary.entityRef), {
      status: summary.status,
      summary,
      nextRunAt: summary.nextRunAt,
    });
  }
  return found;
}

const loaders = new WeakMap<BatchApi, HealthBatchLoader>();

/**
 * Turns many single-dashboard lookups into one `getHealthBatch` request: a catalog table renders one
 * cell per row, and each cell asking on its own would send one request per row.
 */
export class HealthBatchLoader {
  /** One loader per API instance, so every cell and the status picker share the queue and the cache. */
  static forApi(api: BatchApi): HealthBatchLoader {
    let loader = loaders.get(api);
    if (!loader) {
      loader = new HealthBatchLoader(api);
      loaders.set(api, loader);
    }
    return loader;
  }

  private readonly loader: DataLoader<string, LoadedHealth, string>;
  /** Settled answers, for {@link HealthBatchLoader.peek}; a DataLoader cache only holds promises. */
  private readonly settled: ExpiringCache<LoadedHealth>;

  constructor(api: BatchApi, options: HealthBatchLoaderOptions = {}) {
    const { delayMs = 10, ttlMs = 30_000, now = Date.now } = options;
    this.settled = new ExpiringCache(ttlMs, now);
    this.loader = new DataLoader(
      async keys => {
        const found = indexAnswer(await api.getHealthBatch([...keys]));
        return keys.map(key => {
          this.settled.set(key, found.get(key));
          return found.get(key);
        });
      },
      {
        cacheKeyFn: healthKey,
        // DataLoader forgets the keys of a failed batch, so the next render tries again.
        cacheMap: new ExpiringCache(ttlMs, now),
        // The backend refuses more than MAX_ENTITY_REFS refs per request.
        maxBatchSize: MAX_ENTITY_REFS,
        batchScheduleFn: send => setTimeout(send, delayMs),
      },
    );
  }

  load(entityRef: string): Promise<LoadedHealth> {
    return this.loader.load(healthKey(entityRef));
  }

  /** Many refs at once; they share the queue, so this is one request too. Keyed by {@link healthKey}. */
  async loadMany(
    entityRefs: readonly string[],
  ): Promise<Map<string, LoadedHealth>> {
    const keys = [...new Set(entityRefs.map(healthKey))];
    const values = await Promise.all(keys.map(key => this.load(key)));
    return new Map(keys.map((key, i) => [key, values[i]]));
  }

  /** A fresh answer without waiting, so a re-mounted cell does not flash a placeholder. */
  peek(entityRef: string): { value: LoadedHealth } | undefined {
    return this.settled.entry(healthKey(entityRef));
  }
}
