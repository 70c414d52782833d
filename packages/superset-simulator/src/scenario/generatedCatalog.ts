/** Vocabulary of generated scenarios: a small data platform's tables, people and dashboard names. */

export interface TableTemplate {
  table: string;
  schema: string;
  dttm: string;
  dimensions: string[];
  measures: Array<[name: string, type: string]>;
  metrics: Array<[name: string, expression: string, verbose: string]>;
  charts: string[];
}

export const TABLES: TableTemplate[] = [
  {
    table: 'orders',
    schema: 'public',
    dttm: 'order_date',
    dimensions: ['region', 'product_name', 'channel'],
    measures: [
      ['net_revenue', 'NUMERIC(12, 2)'],
      ['quantity', 'INTEGER'],
    ],
    metrics: [['total_revenue', 'SUM(net_revenue)', 'Total revenue']],
    charts: [
      'Revenue by Month',
      'Revenue by Region',
      'Top Products',
      'Total Revenue (30d)',
    ],
  },
  {
    table: 'web_sessions',
    schema: 'public',
    dttm: 'session_start',
    dimensions: ['channel', 'device', 'country'],
    measures: [['pageviews', 'INTEGER']],
    metrics: [['sessions', 'COUNT(DISTINCT session_id)', 'Sessions']],
    charts: ['Daily Sessions', 'Sessions by Channel', 'Sessions by Device'],
  },
  {
    table: 'marketing_spend',
    schema: 'marts',
    dttm: 'spend_date',
    dimensions: ['channel', 'campaign'],
    measures: [['spend_usd', 'NUMERIC']],
    metrics: [['total_spend', 'SUM(spend_usd)', 'Total spend ($)']],
    charts: ['Spend by Channel', 'Spend by Campaign', 'Daily Spend'],
  },
  {
    table: 'subscriptions',
    schema: 'finance',
    dttm: 'started_at',
    dimensions: ['plan', 'country', 'status'],
    measures: [['mrr_usd', 'NUMERIC(12, 2)']],
    metrics: [['mrr', 'SUM(mrr_usd)', 'MRR']],
    charts: ['MRR by Plan', 'New Subscriptions', 'Churned Subscriptions'],
  },
  {
    table: 'support_tickets',
    schema: 'support',
    dttm: 'created_at',
    dimensions: ['team', 'status', 'channel'],
    measures: [['resolution_minutes', 'INTEGER']],
    metrics: [
      ['avg_resolution', 'AVG(resolution_minutes)', 'Avg resolution (min)'],
    ],
    charts: ['Tickets per Day', 'Resolution Time by Team', 'Open Tickets'],
  },
  {
    table: 'product_events',
    schema: 'product',
    dttm: 'event_time',
    dimensions: ['platform', 'device', 'segment'],
    measures: [['duration_ms', 'BIGINT']],
    metrics: [['active_users', 'COUNT(DISTINCT user_id)', 'Active users']],
    charts: ['Daily Active Users', 'Feature Adoption', 'Events by Platform'],
  },
  {
    table: 'invoices',
    schema: 'finance',
    dttm: 'issued_at',
    dimensions: ['segment', 'region', 'status'],
    measures: [['amount_usd', 'NUMERIC(12, 2)']],
    metrics: [['invoiced', 'SUM(amount_usd)', 'Invoiced ($)']],
    charts: ['Invoiced by Month', 'Overdue Invoices', 'Invoiced by Segment'],
  },
  {
    table: 'shipments',
    schema: 'ops',
    dttm: 'shipped_at',
    dimensions: ['region', 'category', 'status'],
    measures: [['weight_kg', 'NUMERIC']],
    metrics: [['shipments', 'COUNT(*)', 'Shipments']],
    charts: ['Shipments per Day', 'Late Shipments', 'Shipments by Region'],
  },
];

export const DOMAINS: Array<{ name: string; tag: string }> = [
  { name: 'Sales', tag: 'sales' },
  { name: 'Marketing', tag: 'marketing' },
  { name: 'Finance', tag: 'finance' },
  { name: 'Product', tag: 'product' },
  { name: 'Growth', tag: 'growth' },
  { name: 'Support', tag: 'support' },
  { name: 'Operations', tag: 'operations' },
  { name: 'Customer Success', tag: 'customer-success' },
  { name: 'Data Platform', tag: 'data-platform' },
  { name: 'Executive', tag: 'exec' },
];

export const SUBJECTS = [
  'Overview',
  'KPIs',
  'Weekly Review',
  'Funnel',
  'Retention',
  'Forecast',
  'Pipeline',
  'Health',
  'Deep Dive',
  'Scorecard',
  'Trends',
  'Cohorts',
];

export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloé',
  'Diego',
  'Emma',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Lars',
  'Maya',
  'Nikhil',
  'Olga',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Umar',
  'Vera',
  'Wei',
  'Yara',
];
export const LAST_NAMES = [
  'Lima',
  'Okafor',
  'Martin',
  'Silva',
  'Novak',
  'Haddad',
  'Kim',
  'Tanaka',
  'Costa',
  'Berg',
  'Adeyemi',
  'Nilsson',
  'Cohen',
  'Rao',
  'Petrova',
  'Santos',
  'Murphy',
  'Garcia',
  'Aziz',
  'Singh',
  'Khan',
  'Weber',
  'Chen',
  'Haddad',
];

export const VIZ_TYPES = [
  'echarts_timeseries_line',
  'echarts_timeseries_bar',
  'big_number_total',
  'table',
  'pie',
];

export const DB_ERRORS = [
  'canceling statement due to statement timeout',
  'permission denied for table {table}',
  'relation "{table}" does not exist',
  'division by zero',
];
