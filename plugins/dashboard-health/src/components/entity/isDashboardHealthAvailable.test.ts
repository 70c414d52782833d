import { Entity } from '@backstage/catalog-model';
import { isDashboardHealthAvailable } from './isDashboardHealthAvailable';

function entity(options: {
  kind?: string;
  type?: unknown;
  annotations?: Record<string, string>;
}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: options.kind ?? 'Resource',
    metadata: { name: 'd', annotations: options.annotations },
    spec: { type: options.type, owner: 'group:default/a' },
  } as Entity;
}

const SUPERSET = {
  'superset.apache.org/instance': 'prod',
  'superset.apache.org/dashboard-id': '42',
};

describe('isDashboardHealthAvailable', () => {
  it.each([
    [
      'a Superset dashboard',
      { type: 'dashboard', annotations: SUPERSET },
      true,
    ],
    [
      'kind and type written in another case',
      { kind: 'resource', type: 'Dashboard', annotations: SUPERSET },
      true,
    ],
    ['a dashboard without annotations', { type: 'dashboard' }, false],
    [
      'a dashboard with only the instance annotation',
      {
        type: 'dashboard',
        annotations: { 'superset.apache.org/instance': 'prod' },
      },
      false,
    ],
    [
      'a dashboard with only the dashboard-id annotation',
      {
        type: 'dashboard',
        annotations: { 'superset.apache.org/dashboard-id': '42' },
      },
      false,
    ],
    [
      'an empty instance annotation',
      {
        type: 'dashboard',
        annotations: { ...SUPERSET, 'superset.apache.org/instance': ' ' },
      },
      false,
    ],
    [
      'a resource of another type',
      { type: 'database', annotations: SUPERSET },
      false,
    ],
    ['a resource without a type', { annotations: SUPERSET }, false],
    [
      'a component of type dashboard',
      { kind: 'Component', type: 'dashboard', annotations: SUPERSET },
      false,
    ],
  ])('%s → %s', (_name, options, expected) => {
    expect(isDashboardHealthAvailable(entity(options))).toBe(expected);
  });
});
