import { Entity } from '@backstage/catalog-model';
import {
  DASHBOARD_ENTITY_FILTER,
  dashboardEntityFilter,
  isDashboardEntity,
} from './dashboardEntity';

const ANNOTATIONS = {
  'superset.apache.org/instance': 'prod',
  'superset.apache.org/dashboard-id': '42',
};

function entity(options: {
  kind?: string;
  type?: string | number;
  annotations?: Record<string, string>;
}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: options.kind ?? 'Resource',
    metadata: {
      name: 'sales',
      annotations: 'annotations' in options ? options.annotations : ANNOTATIONS,
    },
    spec: { type: 'type' in options ? options.type : 'dashboard' },
  };
}

describe('isDashboardEntity', () => {
  it.each<[string, boolean, Parameters<typeof entity>[0]]>([
    ['a Superset dashboard', true, {}],
    [
      'kind and type in another case',
      true,
      { kind: 'resource', type: 'Dashboard' },
    ],
    ['a Component of type dashboard', false, { kind: 'Component' }],
    ['a Resource of another type', false, { type: 'database' }],
    ['a Resource without a type', false, { type: undefined }],
    ['a type that is not text', false, { type: 7 }],
    ['no annotations', false, { annotations: undefined }],
    [
      'no dashboard-id annotation',
      false,
      { annotations: { 'superset.apache.org/instance': 'prod' } },
    ],
    [
      'no instance annotation',
      false,
      { annotations: { 'superset.apache.org/dashboard-id': '42' } },
    ],
    [
      'a blank instance annotation',
      false,
      { annotations: { ...ANNOTATIONS, 'superset.apache.org/instance': ' ' } },
    ],
    [
      'a blank dashboard-id annotation',
      false,
      {
        annotations: { ...ANNOTATIONS, 'superset.apache.org/dashboard-id': '' },
      },
    ],
  ])('%s → %s', (_what, expected, options) => {
    expect(isDashboardEntity(entity(options))).toBe(expected);
  });
});

describe('the dashboard catalog filters', () => {
  it('ask the catalog for Resources of type dashboard', () => {
    expect(DASHBOARD_ENTITY_FILTER).toEqual({
      kind: 'Resource',
      'spec.type': 'dashboard',
    });
  });

  it('narrow to one Superset instance by its annotation', () => {
    expect(dashboardEntityFilter('staging')).toEqual({
      kind: 'Resource',
      'spec.type': 'dashboard',
      'metadata.annotations.superset.apache.org/instance': 'staging',
    });
  });
});
