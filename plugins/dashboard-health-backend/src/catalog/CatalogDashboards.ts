import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_SUPERSET_INSTANCE,
  DASHBOARD_ENTITY_FIELDS,
  DASHBOARD_ENTITY_FILTER,
  dashboardEntityFilter,
  isDashboardEntity,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';

/** Why an entity ref cannot be validated in an environment. */
export interface DashboardRefProblem {
  entityRef: string;
  problem: 'not-found' | 'not-a-dashboard' | 'other-environment';
}

/** What judging an entity and naming it takes: reads ask the catalog for no more than this. */
const DASHBOARD_FIELDS = [
  ...DASHBOARD_ENTITY_FIELDS,
  'metadata.name',
  'metadata.namespace',
];

/**
 * Everything the plugin asks the catalog about dashboards. Reads made for a caller use the caller's
 * credentials, so the catalog's permissions decide what they may see; background work uses the plugin's own.
 */
export class CatalogDashboards {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  /** The environment a dashboard entity belongs to, from its Superset annotation. */
  static environmentOf(entity: Entity): string | undefined {
    return entity.metadata.annotations?.[ANNOTATION_SUPERSET_INSTANCE];
  }

  /** The -common definition, which the frontend, the search collator and the catalog module share. */
  static isDashboard(entity: Entity): boolean {
    return isDashboardEntity(entity);
  }

  /** Checks that each ref is a dashboard of `environment` the caller can see; returns the ones that are not. */
  async checkDashboards(
    entityRefs: readonly string[],
    environment: string,
    credentials: BackstageCredentials,
  ): Promise<DashboardRefProblem[]> {
    const entities = await this.byRefs(entityRefs, credentials);
    const problems: DashboardRefProblem[] = [];
    entityRefs.forEach((entityRef, i) => {
      const entity = entities[i];
      if (!entity) problems.push({ entityRef, problem: 'not-found' });
      else if (!CatalogDashboards.isDashboard(entity))
        problems.push({ entityRef, problem: 'not-a-dashboard' });
      else if (CatalogDashboards.environmentOf(entity) !== environment)
        problems.push({ entityRef, problem: 'other-environment' });
    });
    return problems;
  }

  /** The subset of refs the caller may read. */
  async visibleRefs(
    entityRefs: readonly string[],
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const unique = [...new Set(entityRefs)];
    const entities = await this.byRefs(unique, credentials);
    return new Set(unique.filter((_, i) => entities[i] !== undefined));
  }

  /** The dashboard entity as the caller sees it, or undefined (absent, not a dashboard, or not visible). */
  async getDashboard(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    const [entity] = await this.byRefs([entityRef], credentials);
    return entity && CatalogDashboards.isDashboard(entity) ? entity : undefined;
  }

  /** The refs that are dashboards in the catalog, read with the plugin's own credentials (whoever may see them). */
  async existingDashboardRefs(
    entityRefs: readonly string[],
  ): Promise<Set<string>> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const unique = [...new Set(entityRefs)];
    const entities = await this.byRefs(unique, credentials);
    return new Set(
      unique.filter((_, i) => {
        const entity = entities[i];
        return entity !== undefined && CatalogDashboards.isDashboard(entity);
      }),
    );
  }

  /** Background read with the plugin's own credentials (the dispatcher loading a run's entity). */
  async loadDashboard(entityRef: string): Promise<Entity | undefined> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: [entityRef] },
      { credentials },
    );
    const entity = items[0];
    return entity && CatalogDashboards.isDashboard(entity) ? entity : undefined;
  }

  /**
   * A policy's dashboards when its day is planned: its explicit refs plus what its selector matches in its
   * environment (tags: any of; owners: any of; both given: both must match). Sorted, no duplicates.
   * The selector matches what `credentials` may see: the plugin's own (every dashboard) unless a caller's
   * are given, as when a policy is written and the answer must not reveal dashboards hidden from the writer.
   */
  async resolvePolicy(
    policy: ValidationPolicy,
    credentials?: BackstageCredentials,
  ): Promise<string[]> {
    const refs = new Set(policy.entityRefs);
    const selector = policy.selector;
    if (selector) {
      const reader =
        credentials ?? (await this.auth.getOwnServiceCredentials());
      const filter: Record<string, string | string[]> = dashboardEntityFilter(
        policy.environment,
      );
      if (selector.tags?.length) filter['metadata.tags'] = selector.tags;
      if (selector.owners?.length)
        filter['relations.ownedBy'] = selector.owners;
      for (const ref of await this.streamDashboardRefs(filter, reader)) {
        refs.add(ref);
      }
    }
    return [...refs].sort();
  }

  /** Refs of every dashboard of one Superset instance, read with the plugin's own credentials (the demo policy). */
  async environmentDashboardRefs(environment: string): Promise<string[]> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const refs = await this.streamDashboardRefs(
      dashboardEntityFilter(environment),
      credentials,
    );
    return [...new Set(refs)].sort();
  }

  /** Refs of every dashboard in the catalog (retention keeps their latest records). */
  async allDashboardRefs(): Promise<Set<string>> {
    const credentials = await this.auth.getOwnServiceCredentials();
    return new Set(
      await this.streamDashboardRefs(DASHBOARD_ENTITY_FILTER, credentials),
    );
  }

  /** Refs of the entities the filter matches that are dashboards (the filter cannot check every rule). */
  private async streamDashboardRefs(
    filter: Record<string, string | string[]>,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const refs: string[] = [];
    for await (const page of this.catalog.streamEntities(
      { filter, fields: DASHBOARD_FIELDS },
      { credentials },
    )) {
      for (const entity of page) {
        if (isDashboardEntity(entity)) {
          refs.push(stringifyEntityRef(entity).toLocaleLowerCase('en-US'));
        }
      }
    }
    return refs;
  }

  private async byRefs(
    entityRefs: readonly string[],
    credentials: BackstageCredentials,
  ): Promise<Array<Entity | undefined>> {
    const result: Array<Entity | undefined> = [];
    // The catalog's by-refs endpoint takes large batches, but bounded ones keep request bodies small.
    for (let i = 0; i < entityRefs.length; i += 1000) {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: entityRefs.slice(i, i + 1000), fields: DASHBOARD_FIELDS },
        { credentials },
      );
      result.push(...items.map(item => item ?? undefined));
    }
    return result;
  }
}
