import { isRecord, parseJsonObject } from './common';

/**
 * Ids of the charts placed on a dashboard, in layout order, from its `position_json` (a tree of
 * ROOT → GRID → ROW/TAB/COLUMN → CHART nodes, keyed by node id). Charts attached to the dashboard but
 * absent from the layout are not shown to anyone, so they are left out. Empty when there is no layout.
 */
export function chartIdsFromLayout(
  positionJson: string | null | undefined,
): number[] {
  const nodes = parseJsonObject(positionJson);
  if (!nodes) {
    return [];
  }
  const ids: number[] = [];
  const visited = new Set<string>();
  const visit = (nodeId: string) => {
    const node = nodes[nodeId];
    if (visited.has(nodeId) || !isRecord(node)) {
      return;
    }
    visited.add(nodeId);
    const chartId = isRecord(node.meta) ? node.meta.chartId : undefined;
    if (
      node.type === 'CHART' &&
      typeof chartId === 'number' &&
      !ids.includes(chartId)
    ) {
      ids.push(chartId);
    }
    if (Array.isArray(node.children)) {
      for (const child of node.children) {
        if (typeof child === 'string') {
          visit(child);
        }
      }
    }
  };
  visit('ROOT_ID');
  return ids;
}
