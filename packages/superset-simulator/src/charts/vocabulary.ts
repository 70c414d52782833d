/**
 * Plausible values for common dimension names, so generated chart data reads like a data platform's
 * (regions, channels, products) rather than "value 1, value 2".
 */
const VOCABULARY: Record<string, string[]> = {
  region: ['North America', 'EMEA', 'APAC', 'LATAM'],
  country: ['United States', 'Germany', 'Brazil', 'Japan', 'India', 'France'],
  channel: ['search', 'display', 'email', 'social', 'paid_social', 'affiliate'],
  campaign: [
    'summer_sale',
    'brand_awareness',
    'retargeting',
    'black_friday',
    'launch_q3',
  ],
  product_name: [
    'Trail Runner 2',
    'City Commuter Bike',
    'Rain Shell Jacket',
    'Daypack 22L',
  ],
  product: ['Starter', 'Team', 'Business', 'Enterprise'],
  plan: ['free', 'starter', 'team', 'enterprise'],
  segment: ['SMB', 'Mid-Market', 'Enterprise'],
  device: ['desktop', 'mobile', 'tablet'],
  platform: ['web', 'ios', 'android'],
  status: ['active', 'churned', 'trial'],
  team: ['Data Platform', 'Growth', 'Finance', 'Support'],
  category: ['Apparel', 'Footwear', 'Equipment', 'Accessories'],
};

export function valuesFor(column: string, max: number): string[] {
  const known = VOCABULARY[column.toLowerCase()];
  if (known) {
    return known.slice(0, max);
  }
  return Array.from(
    { length: Math.min(max, 5) },
    (_, i) => `${column} ${i + 1}`,
  );
}
