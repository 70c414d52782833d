type Row = Record<string, unknown>;

function pick(value: unknown, fields: string[]): unknown {
  if (value === null || value === undefined) {
    return value ?? null;
  }
  if (Array.isArray(value)) {
    return value.map(item => pick(item, fields));
  }
  const source = value as Row;
  return Object.fromEntries(fields.map(f => [f, source[f] ?? null]));
}

/**
 * FAB's `columns:!(...)` pruning: each row keeps only the requested columns, and dotted columns
 * ("owners.id") keep only those fields of the related objects.
 */
export function pruneRow(row: Row, columns: string[]): Row {
  const plan = new Map<string, string[] | null>();
  for (const column of columns) {
    const [root, field] = column.split('.', 2);
    if (field === undefined) {
      plan.set(root, null);
    } else {
      const fields = plan.get(root) ?? [];
      fields.push(field);
      plan.set(root, fields);
    }
  }
  const pruned: Row = {};
  for (const [root, fields] of plan) {
    pruned[root] =
      fields === null ? row[root] ?? null : pick(row[root], fields);
  }
  return pruned;
}
