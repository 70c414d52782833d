import { fixtureScenario } from '@internal/superset-simulator';
import { closeSimulators, startHarness } from '../__testUtils__/simulator';
import { corruptingTokenFetch } from '../__testUtils__/fetchWrappers';
import { SupersetInstanceConfig } from '../config';

afterEach(closeSimulators);

function scenarioWith(behaviours: Record<number, string>) {
  const scenario = fixtureScenario();
  for (const chart of scenario.charts) {
    if (behaviours[chart.id]) {
      chart.behaviour = behaviours[chart.id] as typeof chart.behaviour;
    }
  }
  return scenario;
}

/** Each of Superset's error body shapes, as the simulator serves them, surfaced by the client. */
describe('SupersetClient error bodies', () => {
  it('reads a FAB message string', async () => {
    const { client } = await startHarness();

    await expect(client.getChartData(6)).rejects.toMatchObject({
      status: 400,
      bodyShape: 'fab',
      supersetMessage: expect.stringMatching(
        /^Error: column "bounce_flag" does not exist/,
      ),
    });
    await expect(client.getChart(999)).rejects.toMatchObject({
      status: 404,
      bodyShape: 'fab',
      supersetMessage: 'Not found',
      message: 'Superset prod: GET /api/v1/chart/999 answered 404: Not found',
    });
  });

  it('flattens a FAB message object (marshmallow validation)', async () => {
    const { client } = await startHarness({
      instance: {
        auth: {
          provider: 'oauth' as SupersetInstanceConfig['auth']['provider'],
          username: 'svc_dashboard_validator',
          password: 'simulator',
        },
      },
    });

    await expect(client.listDatabases()).rejects.toMatchObject({
      status: 400,
      bodyShape: 'fab',
      supersetMessage: 'provider: Must be one of: db, ldap.',
      message:
        'Superset prod: POST /api/v1/security/login answered 400: provider: Must be one of: db, ldap.',
    });
  });

  it('reads a flask-jwt-extended msg', async () => {
    const { client } = await startHarness({
      client: { fetch: corruptingTokenFetch() },
    });

    await expect(client.getChart(1)).rejects.toMatchObject({
      status: 422,
      bodyShape: 'jwt',
      supersetMessage: 'Not enough segments',
    });
  });

  it('reads a SIP-40 errors[] body with its error type', async () => {
    const { client } = await startHarness({
      simulator: { scenario: scenarioWith({ 5: 'forbidden' }) },
    });

    const error = await client.getChartData(5).catch(e => e);

    expect(error).toMatchObject({
      status: 403,
      bodyShape: 'sip40',
      errorType: 'TABLE_SECURITY_ACCESS_ERROR',
    });
    expect(error.supersetMessage).toMatch(
      /^You need access to the following tables: `public.web_sessions`/,
    );
  });

  it('reads the 400 of a chart saved without query context', async () => {
    const { client } = await startHarness({
      simulator: { scenario: scenarioWith({ 2: 'no-query-context' }) },
    });

    const chart = await client.getChart(2);
    const error = await client.getChartData(2).catch(e => e);

    expect(chart.hasQueryContext).toBe(false);
    expect(chart.datasource).toEqual({ id: 1, type: 'table' });
    expect(error).toMatchObject({
      status: 400,
      supersetMessage:
        'Chart has no query context saved. Please save the chart again.',
    });
  });

  it('returns an async job for a 202 when asked not to await it', async () => {
    const { client } = await startHarness({
      simulator: { scenario: scenarioWith({ 4: 'async' }) },
    });

    const answer = await client.getChartData(4, { awaitAsync: false });

    expect(answer).toMatchObject({
      kind: 'async',
      job: { status: 'pending', resultUrl: null, userId: 4 },
    });
    expect(answer.kind === 'async' && answer.job.jobId).toMatch(/\S/);
  });
});
