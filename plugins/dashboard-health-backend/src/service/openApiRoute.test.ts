import { mockCredentials } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import request from 'supertest';
import { parse } from 'yaml';
import { startPluginBackend } from '../__testUtils__/testBackend';
import { YAML_PATH } from '../schema/openApiFiles';

describe('GET /api/dashboard-health/openapi.json', () => {
  it('serves the spec the router validates against, with the paths under the plugin', async () => {
    const server = await startPluginBackend();
    const res = await request(server)
      .get('/api/dashboard-health/openapi.json')
      .set('Authorization', mockCredentials.user.header());

    expect(res.status).toBe(200);
    expect(res.body.info.title).toBe('dashboard-health');
    const committed = Object.keys(
      parse(fs.readFileSync(YAML_PATH, 'utf8')).paths,
    );
    expect(Object.keys(res.body.paths).sort()).toEqual(
      committed.map(p => `/api/dashboard-health${p}`).sort(),
    );
  });

  it('rejects a query parameter the spec does not list, in Backstage error shape', async () => {
    const server = await startPluginBackend();
    const res = await request(server)
      .get('/api/dashboard-health/policies?unexpected=1')
      .set('Authorization', mockCredentials.user.header());

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'InputError' });
    expect(res.body.error.message).toContain('unexpected');
  });
});
