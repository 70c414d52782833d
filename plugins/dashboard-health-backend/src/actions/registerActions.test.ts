import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  fixtureScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
} from '@internal/superset-simulator';
import {
  OUTSIDER,
  startPluginBackendWithDoubles,
} from '../__testUtils__/testBackend';

jest.setTimeout(30_000);

describe('actions', () => {
  let superset: RunningSupersetSimulator;
  beforeAll(async () => {
    superset = await startSupersetSimulator({ scenario: fixtureScenario() });
  });
  afterAll(() => superset.close());

  const ana = mockCredentials.user('user:default/ana');

  it('lists the four actions with their schemas', async () => {
    const { actions } = await startPluginBackendWithDoubles({
      supersetUrl: superset.url,
    });
    const { actions: listed } = await actions.list();
    expect(listed.map(a => a.name).sort()).toEqual([
      'get-dashboard-health',
      'list-failing-dashboards',
      'trigger-validation-run',
      'validate-policy-now',
    ]);
    const get = listed.find(a => a.name === 'get-dashboard-health')!;
    expect(get.attributes).toMatchObject({ readOnly: true });
    expect(get.schema.input).toMatchObject({ required: ['entityRef'] });
  });

  it('triggers a run, then reports the health and lists the dashboard among failing ones', async () => {
    const { actions } = await startPluginBackendWithDoubles({
      supersetUrl: superset.url,
    });
    // Fixture dashboard 2 ("Web Traffic") has the bounce_flag query error; dash-2 carries its id.
    expect(
      await actions.invoke({
        id: 'test:get-dashboard-health',
        input: { entityRef: 'resource:default/dash-2' },
        credentials: ana,
      }),
    ).toMatchObject({
      output: { status: 'never-checked', issues: [], nextCheckAt: null },
    });

    const { output } = (await actions.invoke({
      id: 'test:trigger-validation-run',
      input: { entityRef: 'Resource:default/DASH-2' },
      credentials: ana,
    })) as { output: { runId: string; status: string } };
    expect(output.runId).toMatch(/^run-/);

    let health: any;
    for (let i = 0; i < 100; i++) {
      health = (
        await actions.invoke({
          id: 'test:get-dashboard-health',
          input: { entityRef: 'resource:default/dash-2' },
          credentials: ana,
        })
      ).output;
      if (health.status !== 'never-checked') break;
      await new Promise(r => setTimeout(r, 50));
    }
    expect(health).toMatchObject({
      status: 'fail',
      issues: expect.arrayContaining([
        expect.objectContaining({
          code: 'chart-query-error',
          chartName: 'Bounce Rate by Channel',
        }),
      ]),
    });

    const failing = await actions.invoke({
      id: 'test:list-failing-dashboards',
      input: {},
      credentials: ana,
    });
    expect(failing.output).toEqual({
      dashboards: [
        expect.objectContaining({
          entityRef: 'resource:default/dash-2',
          status: 'fail',
          environment: 'prod',
        }),
      ],
    });
    const warnings = await actions.invoke({
      id: 'test:list-failing-dashboards',
      input: { statuses: ['warn'] },
      credentials: ana,
    });
    expect(warnings.output).toEqual({ dashboards: [] });
  });

  it('validates input and follows the catalog and the permissions like the REST routes', async () => {
    const { actions } = await startPluginBackendWithDoubles({
      supersetUrl: superset.url,
    });
    await expect(
      actions.invoke({
        id: 'test:get-dashboard-health',
        input: { entityRef: 'not a ref' },
        credentials: ana,
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('entityRef'),
    });
    await expect(
      actions.invoke({
        id: 'test:get-dashboard-health',
        input: {},
        credentials: ana,
      }),
    ).rejects.toThrow();
    await expect(
      actions.invoke({
        id: 'test:list-failing-dashboards',
        input: { limit: 0 },
        credentials: ana,
      }),
    ).rejects.toThrow();
    await expect(
      actions.invoke({
        id: 'test:get-dashboard-health',
        input: { entityRef: 'resource:default/secret-1' },
        credentials: mockCredentials.user(OUTSIDER),
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });

    const denied = await startPluginBackendWithDoubles({
      supersetUrl: superset.url,
      permission: AuthorizeResult.DENY,
    });
    await expect(
      denied.actions.invoke({
        id: 'test:trigger-validation-run',
        input: { entityRef: 'resource:default/dash-2' },
        credentials: ana,
      }),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: 'Not allowed: dashboard-health.run.create',
    });
  });
});
