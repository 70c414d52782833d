import fs from 'node:fs';
import { parse } from 'yaml';
import {
  DashboardHealthApi,
  DashboardHealthClient,
} from '@dashboard-health/plugin-dashboard-health-common';
import { YAML_PATH } from './openApiFiles';

type Operation = {
  key: string;
  pattern: RegExp;
  query: Set<string>;
  hasBody: boolean;
};

function specOperations(): Operation[] {
  const spec = parse(fs.readFileSync(YAML_PATH, 'utf8'));
  const resolve = (p: any) =>
    p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p;
  return Object.entries<any>(spec.paths).flatMap(([path, item]) =>
    Object.entries<any>(item).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
      query: new Set(
        (op.parameters ?? [])
          .map(resolve)
          .filter((p: any) => p.in === 'query')
          .map((p: any) => p.name),
      ),
      hasBody: Boolean(op.requestBody),
    })),
  );
}

/** One call of every client method, with arguments that fill every parameter it takes. */
const CALLS: Record<
  keyof DashboardHealthApi,
  (api: DashboardHealthApi) => Promise<unknown>
> = {
  previewPlan: api =>
    api.previewPlan({
      window: { start: '01:00', end: '05:00', timezone: 'UTC' },
      entityRefs: ['resource:default/a'],
    }),
  getHealth: api => api.getHealth('resource:default/a'),
  getHealthBatch: api => api.getHealthBatch(['resource:default/a']),
  listRecords: api =>
    api.listRecords({ entityRef: 'resource:default/a', limit: 5, cursor: 'c' }),
  getRecord: api => api.getRecord('rec-1'),
  listRuns: api =>
    api.listRuns({
      entityRef: 'resource:default/a',
      policyId: 'p',
      status: 'planned',
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-02T00:00:00Z',
      limit: 5,
      cursor: 'c',
    }),
  getRun: api => api.getRun('run-1'),
  startRun: api => api.startRun('resource:default/a'),
  listPolicies: api => api.listPolicies(),
  getPolicy: api => api.getPolicy('p'),
  createPolicy: api => api.createPolicy({} as any),
  updatePolicy: api => api.updatePolicy('p', {} as any),
  deletePolicy: api => api.deletePolicy('p'),
  getPolicyPlan: api => api.getPolicyPlan('p', '2026-01-01'),
  validateNow: api => api.validateNow('p'),
};

describe('DashboardHealthClient against the OpenAPI spec', () => {
  it('calls only operations the spec describes, with its query parameters, and covers all of them', async () => {
    const operations = specOperations();
    const called = new Set<string>();
    const problems: string[] = [];
    const client = new DashboardHealthClient({
      discoveryApi: {
        getBaseUrl: async () => 'http://backend/api/dashboard-health',
      },
      fetchApi: {
        fetch: (async (input: string, init?: RequestInit) => {
          const url = new URL(input);
          const path = url.pathname.replace('/api/dashboard-health', '');
          const op = operations.find(
            o =>
              o.key.startsWith(`${init?.method ?? 'GET'} `) &&
              o.pattern.test(path),
          );
          if (!op) problems.push(`${init?.method} ${path}: not in the spec`);
          else {
            called.add(op.key);
            for (const name of url.searchParams.keys()) {
              if (!op.query.has(name))
                problems.push(`${op.key}: query '${name}' not in the spec`);
            }
            if (op.hasBody !== (init?.body !== undefined))
              problems.push(
                `${op.key}: body sent ${init?.body !== undefined}, spec ${
                  op.hasBody
                }`,
              );
          }
          return new Response(JSON.stringify({ items: [] }), { status: 200 });
        }) as typeof fetch,
      },
    });

    for (const call of Object.values(CALLS)) await call(client);

    expect(problems).toEqual([]);
    expect([...called].sort()).toEqual(operations.map(o => o.key).sort());
  });
});
