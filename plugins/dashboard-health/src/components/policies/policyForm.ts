import {
  Spacing,
  ValidationPolicy,
  ValidationPolicyInput,
  validationPolicyInputSchema,
  Weekday,
  WEEKDAYS,
  Window,
} from '@dashboard-health/plugin-dashboard-health-common';
import { FieldErrors, toFieldErrors } from './fieldErrors';

/** What the editor edits, as the inputs hold it (text for numbers, lower-case refs as the backend keeps them). */
export interface PolicyForm {
  name: string;
  environment: string;
  /** Lower-case entity refs. */
  entityRefs: string[];
  start: string;
  end: string;
  timezone: string;
  /** None checked means every day. */
  days: Weekday[];
  enabled: boolean;
  /** '' for "no limit". */
  maxConcurrency: string;
  /** How the slots are spread over the window; `even` unless the policy opts into `weighted`. */
  spacing: Spacing;
}

/** The viewer's own zone is the likeliest zone for a new window. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function newPolicyForm(environment: string): PolicyForm {
  return {
    name: '',
    environment,
    entityRefs: [],
    start: '01:00',
    end: '05:00',
    timezone: viewerTimeZone(),
    days: [],
    enabled: true,
    maxConcurrency: '',
    spacing: 'even',
  };
}

export function formFromPolicy(policy: ValidationPolicy): PolicyForm {
  return {
    name: policy.name,
    environment: policy.environment,
    entityRefs: policy.entityRefs.map(ref => ref.toLocaleLowerCase('en-US')),
    start: policy.window.start,
    end: policy.window.end,
    timezone: policy.window.timezone,
    days: policy.window.days ?? [],
    enabled: policy.enabled,
    maxConcurrency:
      policy.maxConcurrency === undefined ? '' : String(policy.maxConcurrency),
    // A policy stored before spacing existed is spaced evenly.
    spacing: policy.spacing ?? 'even',
  };
}

export function windowOf(form: PolicyForm): Window {
  return {
    start: form.start,
    end: form.end,
    timezone: form.timezone,
    // Weekdays in calendar order whatever order they were ticked in; none means every day.
    ...(form.days.length > 0
      ? { days: WEEKDAYS.filter(day => form.days.includes(day)) }
      : {}),
  };
}

/** The fields of a stored policy that are not part of the input (the server owns them). */
const SERVER_FIELDS = ['id', 'createdAt', 'updatedAt'] as const;

/**
 * The request body. An update replaces the whole policy, so whatever the editor does not show (selector,
 * staleness, token budget, …) is carried over from the stored policy rather than silently dropped.
 */
export function toPolicyInput(
  form: PolicyForm,
  base?: ValidationPolicy,
): ValidationPolicyInput {
  const kept: Record<string, unknown> = { ...base };
  for (const field of SERVER_FIELDS) delete kept[field];
  delete kept.maxConcurrency;
  delete kept.entityRefs;

  const input: ValidationPolicyInput = {
    ...(kept as Partial<ValidationPolicyInput>),
    name: form.name.trim(),
    environment: form.environment,
    window: windowOf(form),
    enabled: form.enabled,
    spacing: form.spacing,
  };
  // A selector-only policy keeps having no explicit list; otherwise the (possibly empty) list is sent
  // so that the server's "must list at least one dashboard" lands on the dashboards field.
  if (form.entityRefs.length > 0 || !base?.selector) {
    input.entityRefs = form.entityRefs;
  }
  if (form.maxConcurrency.trim() !== '') {
    input.maxConcurrency = Number(form.maxConcurrency);
  }
  return input;
}

/** The same schema the server applies, so most mistakes show before a round trip. */
export function validatePolicyInput(
  input: ValidationPolicyInput,
): FieldErrors | undefined {
  const parsed = validationPolicyInputSchema.safeParse(input);
  if (parsed.success) return undefined;
  return toFieldErrors(
    parsed.error.issues.map(issue => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}
