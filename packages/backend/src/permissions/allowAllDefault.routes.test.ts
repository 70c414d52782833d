import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ownedDashboard, people } from './__testUtils__/people';
import { quietWindow } from './__testUtils__/quietWindow';
import { startPortal } from './__testUtils__/startPortal';

/** Without `dashboardHealth.permissions` the module keeps the embedded development default, allow-all. */
describe('the development default', () => {
  it('lets another team write policies and run any dashboard', async () => {
    const server = await startPortal([ownedDashboard], {});
    const otherTeam = mockCredentials.user.header(
      people.otherTeam.userEntityRef,
    );
    const run = await request(server)
      .post('/api/dashboard-health/runs')
      .set('Authorization', otherTeam)
      .send({ entityRef: 'resource:default/sales-overview' });
    expect(run.status).toBe(202);
    const policy = await request(server)
      .post('/api/dashboard-health/policies')
      .set('Authorization', otherTeam)
      .send({
        name: 'Anyone',
        environment: 'prod',
        entityRefs: ['resource:default/sales-overview'],
        window: quietWindow(),
      });
    expect(policy.status).toBe(201);
  });
});
