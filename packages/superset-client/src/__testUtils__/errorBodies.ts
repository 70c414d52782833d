/**
 * Every error body of the Superset example fixtures (fixtures/index.json, status >= 400), copied as
 * literals, with the message and shape the client must extract from it.
 */
export interface ErrorBodyCase {
  file: string;
  status: number;
  body: unknown;
  message: string;
  shape: 'fab' | 'jwt' | 'sip40';
  errorType?: string;
}

export const FIXTURE_ERROR_BODIES: ErrorBodyCase[] = [
  {
    file: 'security_login.401.json',
    status: 401,
    body: { message: 'Not authorized' },
    message: 'Not authorized',
    shape: 'fab',
  },
  {
    file: 'security_login.400_missing_password.json',
    status: 400,
    body: { message: { password: ['Missing data for required field.'] } },
    message: 'password: Missing data for required field.',
    shape: 'fab',
  },
  {
    file: 'security_login.400_bad_provider.json',
    status: 400,
    body: { message: { provider: ['Must be one of: db, ldap.'] } },
    message: 'provider: Must be one of: db, ldap.',
    shape: 'fab',
  },
  {
    file: 'auth.401_missing_header.json',
    status: 401,
    body: { msg: 'Missing Authorization Header' },
    message: 'Missing Authorization Header',
    shape: 'jwt',
  },
  {
    file: 'auth.401_token_expired.json',
    status: 401,
    body: { msg: 'Token has expired' },
    message: 'Token has expired',
    shape: 'jwt',
  },
  {
    file: 'auth.422_bad_token.json',
    status: 422,
    body: { msg: 'Not enough segments' },
    message: 'Not enough segments',
    shape: 'jwt',
  },
  {
    file: 'auth.422_refresh_token_used_as_access.json',
    status: 422,
    body: { msg: 'Only non-refresh tokens are allowed' },
    message: 'Only non-refresh tokens are allowed',
    shape: 'jwt',
  },
  {
    file: 'generic.403.json',
    status: 403,
    body: { message: 'Forbidden' },
    message: 'Forbidden',
    shape: 'fab',
  },
  {
    file: 'generic.404.json',
    status: 404,
    body: { message: 'Not found' },
    message: 'Not found',
    shape: 'fab',
  },
  {
    file: 'csrf.400_missing.json',
    status: 400,
    body: {
      errors: [
        {
          message: '400 Bad Request: The CSRF token is missing.',
          error_type: 'GENERIC_BACKEND_ERROR',
          level: 'error',
          extra: {
            issue_codes: [
              {
                code: 1011,
                message:
                  'Issue 1011 - Superset encountered an unexpected error.',
              },
            ],
          },
        },
      ],
    },
    message: '400 Bad Request: The CSRF token is missing.',
    shape: 'sip40',
    errorType: 'GENERIC_BACKEND_ERROR',
  },
  {
    file: 'dashboard_list.400_bad_rison.json',
    status: 400,
    body: { message: 'Not a valid rison/json argument' },
    message: 'Not a valid rison/json argument',
    shape: 'fab',
  },
  {
    file: 'dashboard_list.400_bad_order_column.json',
    status: 400,
    body: { message: 'Invalid order by column: slug' },
    message: 'Invalid order by column: slug',
    shape: 'fab',
  },
  {
    file: 'dashboard_list.400_bad_filter.json',
    status: 400,
    body: { message: 'Filter column: url not allowed to filter' },
    message: 'Filter column: url not allowed to filter',
    shape: 'fab',
  },
  {
    file: 'dashboard_999.404.json',
    status: 404,
    body: { message: 'Not found' },
    message: 'Not found',
    shape: 'fab',
  },
  {
    file: 'dashboard_3.403.json',
    status: 403,
    body: { message: 'Forbidden' },
    message: 'Forbidden',
    shape: 'fab',
  },
  {
    file: 'chart_999.404.json',
    status: 404,
    body: { message: 'Not found' },
    message: 'Not found',
    shape: 'fab',
  },
  {
    file: 'chart_6_data.400.json',
    status: 400,
    body: {
      message:
        'Error: column "bounce_flag" does not exist\nLINE 1: SELECT channel AS channel, AVG(CASE WHEN bounce_flag THEN 1 E...\n                                                  ^\n',
    },
    message:
      'Error: column "bounce_flag" does not exist\nLINE 1: SELECT channel AS channel, AVG(CASE WHEN bounce_flag THEN 1 E...\n                                                  ^\n',
    shape: 'fab',
  },
  {
    file: 'chart_data.400_columns_missing.json',
    status: 400,
    body: { message: "Error: Columns missing in dataset: ['bounce_flag']" },
    message: "Error: Columns missing in dataset: ['bounce_flag']",
    shape: 'fab',
  },
  {
    file: 'chart_data.400_no_query_context.json',
    status: 400,
    body: {
      message: 'Chart has no query context saved. Please save the chart again.',
    },
    message: 'Chart has no query context saved. Please save the chart again.',
    shape: 'fab',
  },
  {
    file: 'chart_data.403_datasource_access.json',
    status: 403,
    body: {
      errors: [
        {
          message:
            'You need access to the following tables: `public.web_sessions`,\n            `all_database_access` or `all_datasource_access` permission',
          error_type: 'TABLE_SECURITY_ACCESS_ERROR',
          level: 'error',
          extra: {
            link: null,
            tables: ['public.web_sessions'],
            issue_codes: [
              {
                code: 1017,
                message:
                  "Issue 1017 - User doesn't have the proper permissions.",
              },
            ],
          },
        },
      ],
    },
    message:
      'You need access to the following tables: `public.web_sessions`,\n            `all_database_access` or `all_datasource_access` permission',
    shape: 'sip40',
    errorType: 'TABLE_SECURITY_ACCESS_ERROR',
  },
  {
    file: 'chart_data_post.400_incorrect.json',
    status: 400,
    body: {
      message:
        "Request is incorrect: {'datasource': {'type': ['Must be one of: table, dataset, query, saved_query, view.']}}",
    },
    message:
      "Request is incorrect: {'datasource': {'type': ['Must be one of: table, dataset, query, saved_query, view.']}}",
    shape: 'fab',
  },
  {
    file: 'dashboard_1_screenshot.404_not_ready.json',
    status: 404,
    body: { message: 'Not found' },
    message: 'Not found',
    shape: 'fab',
  },
];
