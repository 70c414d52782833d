import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';

const CONFIG_KEY = 'catalog.providers.superset';

/** One row of `catalog.providers.superset.ownerMapping`, normalised for lookup. */
export interface OwnerMappingRule {
  email?: string;
  name?: string;
  owner: string;
}

export interface SupersetProviderConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  defaultOwner: string;
  ownerMapping: OwnerMappingRule[];
  maxRemovalShare: number;
}

export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 10 },
  // Let the catalog finish starting before the first sync asks it for the previous entity count.
  initialDelay: { seconds: 15 },
};

/** Reads `catalog.providers.superset`; every error names the offending key. */
export function readSupersetProviderConfig(
  rootConfig: Config,
): SupersetProviderConfig {
  const config = rootConfig.getOptionalConfig(CONFIG_KEY);
  const schedule = config?.has('schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('schedule'),
      )
    : DEFAULT_SCHEDULE;

  const defaultOwner = toOwnerRef(
    config?.getOptionalString('defaultOwner') ?? 'group:default/data-platform',
    `${CONFIG_KEY}.defaultOwner`,
  );

  const ownerMapping = (
    config?.getOptionalConfigArray('ownerMapping') ?? []
  ).map((rule, index) => {
    const key = `${CONFIG_KEY}.ownerMapping[${index}]`;
    const email = rule.getOptionalString('email')?.toLowerCase();
    const name = rule.getOptionalString('name')?.toLowerCase();
    if (!email && !name) {
      throw new Error(`${key} needs an email or a name to match`);
    }
    return {
      email,
      name,
      owner: toOwnerRef(rule.getString('owner'), `${key}.owner`),
    };
  });

  const maxRemovalShare = config?.getOptionalNumber('maxRemovalShare') ?? 0.5;
  if (!(maxRemovalShare >= 0 && maxRemovalShare <= 1)) {
    throw new Error(
      `${CONFIG_KEY}.maxRemovalShare must be between 0 and 1, got ${maxRemovalShare}`,
    );
  }

  return { schedule, defaultOwner, ownerMapping, maxRemovalShare };
}

const validator = makeValidator();

/** Owners are users or groups; parseEntityRef alone accepts anything with colons, so each part is checked. */
function toOwnerRef(value: string, key: string): string {
  let ref;
  try {
    // Owners without a kind default to groups, as the catalog itself does for spec.owner.
    ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch (error) {
    throw new Error(`${key} is not an entity ref: ${(error as Error).message}`);
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  if (
    (kind !== 'user' && kind !== 'group') ||
    !validator.isValidNamespace(ref.namespace) ||
    !validator.isValidEntityName(ref.name)
  ) {
    throw new Error(
      `${key} is not an entity ref of a user or group: '${value}'`,
    );
  }
  return stringifyEntityRef(ref);
}
