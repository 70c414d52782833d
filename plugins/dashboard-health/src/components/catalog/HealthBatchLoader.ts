import {
  HealthBatchResponse,
  HealthSummary,
  MAX_ENTITY_REFS,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardHealthApi } from '../../api';
import { DisplayStatus } from '../shared';

/** What the catalog knows about one dashboard's health. */
export interface DashboardHealthLookup {
  /** `never` when the backend knows the dashboard but has not checked it yet. */
  status: DisplayStatus;
  /** The latest check; null when there was none. */
  summary: HealthSummary | null;
  nextRunAt: string | null;
}

/** `undefined`: the backend said nothing about the ref (not a dashboard it knows, or not visible to the user). */
export type LoadedHealth = DashboardHealthLookup | undefined;

type BatchApi = Pick<DashboardHealthApi, 'getHealthBatch'>;

export interface HealthBatchLoaderOptions {
  /** How long loads are collected before one request is sent. */
  delayMs?: number;
  /** How long an answer is reused; a catalog page re-renders its rows often. */
  ttlMs?: number;
  now?: () => number;
}

interface CacheEntry {
  promise: Promise<LoadedHealth>;
  /** Infinity while in flight, so a pending ref is never requested twice. */
  expiresAt: number;
  settled?: { value: LoadedHealth };
}

interface Waiter {
  resolve(value: LoadedHealth): void;
  reject(error: unknown): void;
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

  private readonly cache = new Map<string, CacheEntry>();
  private queue = new Map<string, Waiter>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delayMs: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly api: BatchApi,
    options: HealthBatchLoaderOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 10;
    this.ttlMs = options.ttlMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  load(entityRef: string): Promise<LoadedHealth> {
    const key = healthKey(entityRef);
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > this.now()) return cached.promise;
    const promise = new Promise<LoadedHealth>((resolve, reject) => {
      this.queue.set(key, { resolve, reject });
    });
    this.cache.set(key, { promise, expiresAt: Infinity });
    this.schedule();
    return promise;
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
    const cached = this.cache.get(healthKey(entityRef));
    return cached && cached.expiresAt > this.now() ? cached.settled : undefined;
  }

  private schedule() {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private flush() {
    this.timer = undefined;
    const waiters = this.queue;
    this.queue = new Map();
    const keys = [...waiters.keys()];
    // The backend refuses more than MAX_ENTITY_REFS refs per request.
    for (let i = 0; i < keys.length; i += MAX_ENTITY_REFS) {
      void this.fetchChunk(keys.slice(i, i + MAX_ENTITY_REFS), waiters);
    }
  }

  private async fetchChunk(keys: string[], waiters: Map<string, Waiter>) {
    let found: Map<string, LoadedHealth>;
    try {
      found = indexAnswer(await this.api.getHealthBatch(keys));
    } catch (error) {
      for (const key of keys) {
        // Forget the failure so the next render may try again.
        this.cache.delete(key);
        waiters.get(key)!.reject(error);
      }
      return;
    }
    const expiresAt = this.now() + this.ttlMs;
    for (const key of keys) {
      const value = found.get(key);
      const entry = this.cache.get(key);
      if (entry) {
        entry.expiresAt = expiresAt;
        entry.settled = { value };
      }
      waiters.get(key)!.resolve(value);
    }
  }
}
