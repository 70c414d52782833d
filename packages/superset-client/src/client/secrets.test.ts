import { fixtureScenario } from '@internal/superset-simulator';
import { closeSimulators, startHarness } from '../__testUtils__/simulator';
import { SupersetApiError } from '../errors';
import { SupersetClient } from './SupersetClient';

afterEach(closeSimulators);

const PASSWORD = 'Pw-7f3!unique-secret';

/** Records every bearer token the client sends, to look for it where it must not be. */
function tokenRecordingFetch(tokens: Set<string>): typeof fetch {
  return (async (input, init) => {
    const auth = new Headers(init?.headers).get('Authorization');
    if (auth?.startsWith('Bearer ')) {
      tokens.add(auth.slice('Bearer '.length));
    }
    return fetch(input, init);
  }) as typeof fetch;
}

describe('SupersetClient secrets', () => {
  it('never puts the password or a token in an error message or a log line', async () => {
    const scenario = fixtureScenario();
    scenario.users.find(u => u.id === 4)!.password = PASSWORD;
    const tokens = new Set<string>();
    const { client, sim, logger, instance } = await startHarness({
      simulator: { scenario },
      instance: {
        auth: {
          provider: 'db',
          username: 'svc_dashboard_validator',
          password: PASSWORD,
        },
      },
      client: { fetch: tokenRecordingFetch(tokens) },
    });
    const errors: SupersetApiError[] = [];
    const attempt = async (call: () => Promise<unknown>) => {
      try {
        await call();
      } catch (error) {
        errors.push(error as SupersetApiError);
      }
    };

    await attempt(() => client.listDashboards());
    await attempt(() => client.getChartData(6));
    await attempt(() => client.getChart(999));
    sim.expireTokens();
    await attempt(() => client.getDashboard(1));
    sim.setFaults({ errorRate: 1 });
    await attempt(() => client.getDataset(1));
    sim.setFaults({ errorRate: 0, malformedJsonRate: 1 });
    await attempt(() => client.getChart(1));
    sim.setFaults({ malformedJsonRate: 0, latencyMs: 200 });
    await attempt(() => client.getChart(2, { timeoutMs: 20 }));
    sim.setFaults({ latencyMs: 0 });
    const wrongPassword = new SupersetClient({
      instance: {
        ...instance,
        auth: { ...instance.auth, password: `${PASSWORD}x` },
      },
      logger,
    });
    await attempt(() => wrongPassword.listDatabases());
    sim.setFaults({ down: true });
    await attempt(() => client.getChart(3));

    expect(errors.map(e => e.kind).sort()).toEqual([
      'http',
      'http',
      'http',
      'http',
      'invalid-response',
      'network',
      'timeout',
    ]);
    expect(tokens.size).toBeGreaterThanOrEqual(2);
    const everything = [
      ...errors.flatMap(e => [
        e.message,
        e.supersetMessage,
        JSON.stringify(e),
        String(e.cause),
      ]),
      ...logger.lines,
    ].join('\n');
    expect(logger.lines.length).toBeGreaterThan(10);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('svc_dashboard_validator');
    for (const token of tokens) {
      expect(everything).not.toContain(token);
    }
  });
});
