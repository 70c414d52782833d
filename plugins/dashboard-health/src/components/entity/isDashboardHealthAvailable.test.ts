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

const INSTANCE = { 'superset.apache.org/instance': 'prod' };

describe('isDashboardHealthAvailable', () => {
  it.each([
    [
      'a Superset dashboard',
      { type: 'dashboard', annotations: INSTANCE },
      true,
    ],
    [
      'kind and type written in another case',
      { kind: 'resource', type: 'Dashboard', annotations: INSTANCE },
      true,
    ],
    ['a dashboard without annotations', { type: 'dashboard' }, false],
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
        annotations: { 'superset.apache.org/instance': ' ' },
      },
      false,
    ],
    [
      'a resource of another type',
      { type: 'database', annotations: INSTANCE },
      false,
    ],
    ['a resource without a type', { annotations: INSTANCE }, false],
    [
      'a component of type dashboard',
      { kind: 'Component', type: 'dashboard', annotations: INSTANCE },
      false,
    ],
  ])('%s → %s', (_name, options, expected) => {
    expect(isDashboardHealthAvailable(entity(options))).toBe(expected);
  });
});
