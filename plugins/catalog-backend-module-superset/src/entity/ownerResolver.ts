import { OwnerMappingRule } from '../config';

/** A Superset user as the provider knows it: id and name from the dashboard, email from related owners. */
export interface SupersetOwner {
  id: number;
  name: string;
  email?: string;
}

/**
 * Picks a dashboard's Backstage owner: the first of its Superset owners (Superset's order) that a mapping rule
 * matches by email, else by full name; the configured default when none does.
 */
export class OwnerResolver {
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  constructor(
    rules: OwnerMappingRule[],
    private readonly defaultOwner: string,
  ) {
    for (const rule of rules) {
      // The first rule for a key wins, like the first matching line of a mapping file.
      if (rule.email && !this.byEmail.has(rule.email)) {
        this.byEmail.set(rule.email, rule.owner);
      }
      if (rule.name && !this.byName.has(rule.name)) {
        this.byName.set(rule.name, rule.owner);
      }
    }
  }

  resolve(owners: readonly SupersetOwner[]): string {
    for (const owner of owners) {
      const mapped =
        (owner.email && this.byEmail.get(owner.email.toLowerCase())) ||
        this.byName.get(owner.name.toLowerCase());
      if (mapped) {
        return mapped;
      }
    }
    return this.defaultOwner;
  }
}
