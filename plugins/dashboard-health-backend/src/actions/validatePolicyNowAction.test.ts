import { mockCredentials } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import request from 'supertest';
import { startPluginBackendWithDoubles } from '../__testUtils__/testBackend';

// A test backend starts slowly on a busy machine.
jest.setTimeout(30_000);

describe('validate-policy-now action', () => {
  it("spreads a policy's dashboards from now, as the route does", async () => {
    const { server, actions } = await startPluginBackendWithDoubles();
    const opens = DateTime.utc().plus({ hours: 6 }).startOf('hour');
    const created = await request(server)
      .post('/api/dashboard-health/policies')
      .set('Authorization', mockCredentials.user.header('user:default/ana'))
      .send({
        name: 'Nightly',
        environment: 'prod',
        entityRefs: ['resource:default/dash-1', 'resource:default/dash-2'],
        window: {
          start: opens.toFormat('HH:mm'),
          end: opens.plus({ hours: 4 }).toFormat('HH:mm'),
          timezone: 'UTC',
        },
      });
    expect(created.status).toBe(201);

    const { output } = (await actions.invoke({
      id: 'test:validate-policy-now',
      input: { policyId: created.body.id },
      credentials: mockCredentials.user('user:default/ana'),
    })) as { output: { runs: number; windowStart: string; windowEnd: string } };
    expect(output).toMatchObject({ runs: 2, fits: true });
    // Two dashboards of ~60 s at cap 2, at least 60 s apart (minSpacingSeconds): a two-minute spread.
    expect(Date.parse(output.windowEnd) - Date.parse(output.windowStart)).toBe(
      120_000,
    );
    await expect(
      actions.invoke({
        id: 'test:validate-policy-now',
        input: { policyId: 'nope' },
        credentials: mockCredentials.user('user:default/ana'),
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
