import fs from 'node:fs';
import express from 'express';
import { parse } from 'yaml';
import { healthRoutes } from '../service/healthRoutes';
import { planPreviewRoute } from '../service/planPreviewRoute';
import { policyRoutes } from '../service/policyRoutes';
import { runRoutes } from '../service/runRoutes';
import { RouteContext } from '../service/context';
import {
  expectedRouterSource,
  expectedYaml,
  ROUTER_PATH,
  YAML_PATH,
} from './openApiFiles';

const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch'];

/** "METHOD /path/{param}" of every route the plugin's routers register. */
function registeredOperations(): string[] {
  // The route modules only read the context inside handlers, so an empty one lists their routes.
  const context = {} as RouteContext;
  const routers = [
    planPreviewRoute(context),
    policyRoutes(context),
    runRoutes(context),
    healthRoutes(context),
  ];
  return routers.flatMap(router =>
    (router as express.Router).stack
      .filter(layer => layer.route)
      .flatMap(layer => {
        const route = layer.route as unknown as {
          path: string;
          methods: Record<string, boolean>;
        };
        const path = route.path.replace(/:(\w+)/g, '{$1}');
        return Object.keys(route.methods).map(
          m => `${m.toUpperCase()} ${path}`,
        );
      }),
  );
}

function specOperations(): string[] {
  const spec = parse(fs.readFileSync(YAML_PATH, 'utf8'));
  return Object.entries<Record<string, unknown>>(spec.paths).flatMap(
    ([path, item]) =>
      Object.keys(item)
        .filter(key => HTTP_METHODS.includes(key))
        .map(method => `${method.toUpperCase()} ${path}`),
  );
}

describe('the OpenAPI spec (src/schema/openapi.yaml)', () => {
  it('describes exactly the routes the plugin serves', () => {
    expect(specOperations().sort()).toEqual(registeredOperations().sort());
  });

  it('holds the -common zod schemas as they are now (openapi:generate rewrites them)', () => {
    expect(fs.readFileSync(YAML_PATH, 'utf8')).toBe(expectedYaml());
  });

  it('is served from the generated copy of the committed YAML', () => {
    expect(fs.readFileSync(ROUTER_PATH, 'utf8')).toBe(
      expectedRouterSource(fs.readFileSync(YAML_PATH, 'utf8')),
    );
  });
});
