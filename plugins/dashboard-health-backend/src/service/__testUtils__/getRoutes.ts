import fc from 'fast-check';
import { cursor } from './cursorValues';
import { Occurrences } from './occurrences';
import {
  calendarDate,
  dateTime,
  entityRef,
  limit,
  policyId,
  runStatus,
} from './queryValues';

export interface QueryParameter {
  /** Values the route must accept (with the others valid: 200). */
  valid: fc.Arbitrary<Occurrences>;
  /** Values the route must refuse with 400. */
  invalid: fc.Arbitrary<Occurrences>;
  /** Leaving it out is a 400 too. */
  required?: boolean;
}

/** Ids of what the test seeded, for routes that need an existing resource to reach their parameters. */
export interface Seeded {
  policyId: string;
}

export interface GetRoute {
  name: string;
  path: (seeded: Seeded, id?: string) => string;
  query: Record<string, QueryParameter>;
  /** Whether the path names one resource by id (an unknown id is a 404). */
  byId?: boolean;
}

/** Every GET route of the plugin router, with each query parameter it reads (see the *Routes.ts files). */
export const GET_ROUTES: GetRoute[] = [
  { name: 'GET /policies', path: () => '/policies', query: {} },
  {
    name: 'GET /policies/:id',
    path: (_, id) => `/policies/${id}`,
    query: {},
    byId: true,
  },
  {
    name: 'GET /policies/:id/plan',
    path: (seeded, id) => `/policies/${id ?? seeded.policyId}/plan`,
    query: { date: calendarDate },
    byId: true,
  },
  {
    name: 'GET /runs',
    path: () => '/runs',
    query: {
      entityRef,
      policyId,
      status: runStatus,
      from: dateTime,
      to: dateTime,
      limit,
      cursor,
    },
  },
  {
    name: 'GET /runs/:id',
    path: (_, id) => `/runs/${id}`,
    query: {},
    byId: true,
  },
  {
    name: 'GET /health',
    path: () => '/health',
    query: { entityRef: { ...entityRef, required: true } },
  },
  {
    name: 'GET /records',
    path: () => '/records',
    query: { entityRef: { ...entityRef, required: true }, limit, cursor },
  },
  {
    name: 'GET /records/:id',
    path: (_, id) => `/records/${id}`,
    query: {},
    byId: true,
  },
];

export function queryString(query: Record<string, Occurrences>): string {
  const pairs = Object.entries(query).flatMap(([name, values]) =>
    values.map(value => `${encodeURIComponent(name)}=${value}`),
  );
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
