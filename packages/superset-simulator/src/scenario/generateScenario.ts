import { createPrng } from '../util/prng';
import {
  DB_ERRORS,
  DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  SUBJECTS,
  TABLES,
  VIZ_TYPES,
} from './generatedCatalog';
import type {
  ChartBehaviour,
  Scenario,
  ScenarioChart,
  ScenarioDashboard,
  ScenarioDataset,
  ScenarioUser,
} from './schema';

export interface GenerateScenarioOptions {
  dashboards: number;
  /** Default 4. */
  chartsPerDashboard?: number;
  /** Same seed, same scenario. Default 1. */
  seed?: number;
}

/** Mostly healthy charts with every failure mode represented, as in a real instance. */
const BEHAVIOUR_WEIGHTS: Array<[ChartBehaviour, number]> = [
  ['ok', 0.84],
  ['stale', 0.04],
  ['error', 0.04],
  ['empty', 0.03],
  ['no-query-context', 0.015],
  ['columns-missing', 0.01],
  ['forbidden', 0.01],
  ['slow', 0.01],
  ['async', 0.005],
];

const ASCII: Record<string, string> = { é: 'e' };

function emailName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]/g, ch => ASCII[ch] ?? '')
    .trim();
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

type Random = () => number;
const pick = <T>(random: Random, items: T[]): T =>
  items[Math.floor(random() * items.length)];

function pickBehaviour(random: Random): ChartBehaviour {
  let draw = random();
  for (const [behaviour, weight] of BEHAVIOUR_WEIGHTS) {
    draw -= weight;
    if (draw < 0) {
      return behaviour;
    }
  }
  return 'ok';
}

function generateUsers(): ScenarioUser[] {
  const users: ScenarioUser[] = FIRST_NAMES.map((first, i) => {
    const last = LAST_NAMES[i];
    const username = `${emailName(first)}.${emailName(last)}`;
    return {
      id: i + 1,
      username,
      first_name: first,
      last_name: last,
      email: `${username}@example.com`,
      active: true,
    };
  });
  users.push({
    id: users.length + 1,
    username: 'svc_dashboard_validator',
    first_name: 'Dashboard',
    last_name: 'Validator',
    email: 'svc_dashboard_validator@example.com',
    password: 'simulator',
    active: true,
  });
  return users;
}

function generateDatasets(
  count: number,
  random: Random,
  ownerCount: number,
): ScenarioDataset[] {
  return Array.from({ length: count }, (_, i) => {
    const template = TABLES[i % TABLES.length];
    const copy = Math.floor(i / TABLES.length);
    return {
      id: i + 1,
      table_name: copy === 0 ? template.table : `${template.table}_${copy + 1}`,
      schema: template.schema,
      database: (i % 2) + 1,
      columns: [
        { column_name: 'id', type: 'BIGINT', filterable: true },
        {
          column_name: template.dttm,
          type: 'TIMESTAMP WITHOUT TIME ZONE',
          filterable: true,
        },
        ...template.dimensions.map(d => ({
          column_name: d,
          type: 'VARCHAR(64)',
          filterable: true,
        })),
        ...template.measures.map(([name, type]) => ({
          column_name: name,
          type,
          filterable: true,
        })),
        // Still in the metadata, gone from the warehouse: what `columns-missing` charts trip over.
        { column_name: 'legacy_flag', type: 'BOOLEAN', filterable: true },
      ],
      metrics: [
        ...template.metrics.map(([name, expression, verbose]) => ({
          metric_name: name,
          expression,
          verbose_name: verbose,
        })),
        {
          metric_name: 'count',
          expression: 'COUNT(*)',
          verbose_name: 'COUNT(*)',
        },
      ],
      owners: [1 + Math.floor(random() * ownerCount)],
      changed_on: `${Math.floor(random() * 200 * 24 * 60)}m`,
      created_on: `${(200 + Math.floor(random() * 400)) * 24 * 60}m`,
      missingColumns: ['legacy_flag'],
    };
  });
}

/**
 * A large, deterministic instance for load tests: `dashboards` dashboards with `chartsPerDashboard`
 * charts each, over a shared set of datasets, owned by two dozen people, with every chart behaviour
 * represented. Built directly in its validated shape (no schema pass) so 10,000 dashboards take
 * milliseconds.
 */
export function generateScenario(options: GenerateScenarioOptions): Scenario {
  const dashboardCount = Math.max(0, Math.floor(options.dashboards));
  const chartsPerDashboard = Math.max(
    0,
    Math.floor(options.chartsPerDashboard ?? 4),
  );
  const random = createPrng(options.seed ?? 1);
  const users = generateUsers();
  const people = users.length - 1; // the service account owns nothing
  const datasets = generateDatasets(
    Math.min(64, Math.max(TABLES.length, Math.ceil(dashboardCount / 8))),
    random,
    people,
  );

  const titleUses = new Map<string, number>();
  const dashboards: ScenarioDashboard[] = [];
  const charts: ScenarioChart[] = [];
  for (let d = 1; d <= dashboardCount; d++) {
    const domain = pick(random, DOMAINS);
    const base = `${domain.name} ${pick(random, SUBJECTS)}`;
    const uses = (titleUses.get(base) ?? 0) + 1;
    titleUses.set(base, uses);
    const title = uses === 1 ? base : `${base} ${uses}`;
    const owners = [1 + Math.floor(random() * people)];
    if (random() < 0.4) {
      owners.push(
        1 + ((owners[0] + Math.floor(random() * (people - 1))) % people),
      );
    }
    const chartIds: number[] = [];
    for (let c = 0; c < chartsPerDashboard; c++) {
      const id = charts.length + 1;
      const dataset = datasets[Math.floor(random() * datasets.length)];
      const template = TABLES[(dataset.id - 1) % TABLES.length];
      const behaviour = pickBehaviour(random);
      charts.push({
        id,
        slice_name: pick(random, template.charts),
        viz_type: pick(random, VIZ_TYPES),
        dataset: dataset.id,
        behaviour,
        ...(behaviour === 'error'
          ? {
              errorMessage: pick(random, DB_ERRORS).replace(
                '{table}',
                dataset.table_name,
              ),
            }
          : {}),
        ...(behaviour === 'slow' ? { delayMs: 1500 } : {}),
        ...(behaviour === 'stale'
          ? { latestDataAge: `${3 + Math.floor(random() * 40)}d` }
          : {}),
        owners: [owners[0]],
        viewers: [],
        tags: [],
        changed_on: `${Math.floor(random() * 365 * 24 * 60)}m`,
      });
      chartIds.push(id);
    }
    const changedMinutes = Math.floor(random() * 400 * 24 * 60);
    dashboards.push({
      id: d,
      title,
      slug: slugify(title),
      published: random() < 0.85,
      owners,
      viewers: random() < 0.3 ? [1 + Math.floor(random() * people)] : [],
      tags: random() < 0.8 ? [domain.tag] : [],
      ...(random() < 0.1
        ? {
            certified_by: 'Data Platform team',
            certification_details: 'Reviewed quarterly',
          }
        : {}),
      changed_on: `${changedMinutes}m`,
      created_on: `${changedMinutes + Math.floor(random() * 300 * 24 * 60)}m`,
      charts: chartIds,
      forbidden: d % 250 === 0,
      css: '',
    });
  }

  return {
    users,
    databases: [
      { id: 1, database_name: 'analytics-warehouse', backend: 'postgresql' },
      { id: 2, database_name: 'events-lake', backend: 'postgresql' },
    ],
    datasets,
    dashboards,
    charts,
  };
}
