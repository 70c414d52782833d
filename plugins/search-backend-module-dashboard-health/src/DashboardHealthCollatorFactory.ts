import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  DashboardHealthClient,
  ANNOTATION_SUPERSET_INSTANCE,
  DASHBOARD_ENTITY_FIELDS,
  DASHBOARD_ENTITY_FILTER,
  HealthBatchResponse,
  HealthSummary,
  isDashboardEntity,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Readable } from 'node:stream';
import {
  DASHBOARD_HEALTH_DOCUMENT_TYPE,
  DashboardHealthDocument,
} from './DashboardHealthDocument';

const STATUS_WORDS: Record<string, string> = {
  pass: 'passing healthy',
  warn: 'warning',
  fail: 'failing broken',
  error: 'error could not be validated',
  never: 'never checked',
};
const PAGE = 500;

/**
 * One search document per dashboard with its latest health. Reads dashboards from the catalog and their
 * health from the dashboard-health API, both with the collator's own service credentials; each document
 * carries its entity ref as resource, so search shows it only to users who may read that entity.
 *
 * @public
 */
export class DashboardHealthCollatorFactory implements DocumentCollatorFactory {
  /** The search document type this collator produces, `dashboard-health`. */
  readonly type = DASHBOARD_HEALTH_DOCUMENT_TYPE;
  /** Search shows a document only to users allowed to read its dashboard's catalog entity. */
  readonly visibilityPermission = catalogEntityReadPermission;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      discovery: DiscoveryService;
      logger: LoggerService;
      fetch?: typeof fetch;
    },
  ) {}

  /** Streams one document per Superset dashboard in the catalog, with its latest health. */
  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<DashboardHealthDocument> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    let batch: Entity[] = [];
    for await (const page of catalog.streamEntities(
      {
        filter: DASHBOARD_ENTITY_FILTER,
        fields: [
          ...DASHBOARD_ENTITY_FIELDS,
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.owner',
        ],
      },
      { credentials },
    )) {
      // Only what Dashboard Health can validate: a dashboard without its Superset annotations has no health.
      batch.push(...page.filter(isDashboardEntity));
      while (batch.length >= PAGE) {
        yield* await this.withHealth(batch.splice(0, PAGE));
      }
    }
    if (batch.length > 0) yield* await this.withHealth(batch);
    batch = [];
  }

  private async withHealth(
    entities: Entity[],
  ): Promise<DashboardHealthDocument[]> {
    const refs = entities.map(e =>
      stringifyEntityRef(e).toLocaleLowerCase('en-US'),
    );
    const health = await this.healthBatch(refs);
    const byRef = new Map<string, HealthSummary>(
      health.items.map(h => [h.entityRef, h]),
    );
    return entities.map((entity, i) =>
      toDocument(entity, refs[i], byRef.get(refs[i])),
    );
  }

  private async healthBatch(
    entityRefs: string[],
  ): Promise<HealthBatchResponse> {
    const { auth, discovery } = this.options;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'dashboard-health',
    });
    const baseFetch = this.options.fetch ?? fetch;
    // The same typed client the frontend uses, with this plugin's service token instead of a user's.
    const client = new DashboardHealthClient({
      discoveryApi: discovery,
      fetchApi: {
        fetch: (input, init) =>
          baseFetch(input, {
            ...init,
            headers: { ...init?.headers, Authorization: `Bearer ${token}` },
          }),
      },
    });
    return client.getHealthBatch(entityRefs);
  }
}

function toDocument(
  entity: Entity,
  entityRef: string,
  health: HealthSummary | undefined,
): DashboardHealthDocument {
  const status = health?.status ?? 'never';
  const title = entity.metadata.title ?? entity.metadata.name;
  const { namespace = 'default', name } = entity.metadata;
  const text = [
    `${title} is ${STATUS_WORDS[status] ?? status}.`,
    health?.summary,
    ...(health?.issueMessages ?? []),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title,
    text,
    // Lands on the Health tab rather than the entity overview.
    location: `/catalog/${namespace}/${entity.kind.toLocaleLowerCase(
      'en-US',
    )}/${name}/dashboard-health`,
    entityRef,
    status,
    summary: health?.summary ?? '',
    topIssue: health?.topIssue ?? '',
    environment:
      entity.metadata.annotations?.[ANNOTATION_SUPERSET_INSTANCE] ?? '',
    owner: String((entity.spec as { owner?: string } | undefined)?.owner ?? ''),
    lastCheckedAt: health?.lastCheckedAt ?? '',
    authorization: { resourceRef: entityRef },
  };
}
