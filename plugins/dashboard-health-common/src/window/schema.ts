import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * Days of the week a window may be limited to, ISO order (Monday first).
 *
 * @public
 */
export const WEEKDAYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const;
/**
 * A day of the week, `mon` to `sun`.
 *
 * @public
 */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A local wall-clock time, `HH:mm`, 24-hour.
 *
 * @public
 */
export const timeOfDaySchema = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    'must be a time of day as HH:mm (00:00–23:59)',
  );

/**
 * An IANA time zone name that this runtime knows, e.g. `Europe/Berlin`.
 *
 * @public
 */
export const timeZoneSchema = z
  .string()
  .min(1, 'must name an IANA time zone, e.g. Europe/Berlin')
  .refine(zone => IANAZone.isValidZone(zone), {
    message:
      'is not a known IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)',
  });

/**
 * A calendar date, `YYYY-MM-DD`, that exists.
 *
 * @public
 */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar date as YYYY-MM-DD')
  .refine(
    value =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      message: 'is not a real calendar date',
    },
  );

/**
 * A daily time window in a time zone. `end` earlier than `start` means the window crosses midnight and
 * belongs to the date it starts on (22:00–02:00 on Monday runs Monday 22:00 to Tuesday 02:00).
 *
 * @public
 */
export const windowSchema = z
  .object({
    start: timeOfDaySchema,
    end: timeOfDaySchema,
    timezone: timeZoneSchema,
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1, 'must name at least one day, or be left out for every day')
      .refine(days => new Set(days).size === days.length, {
        message: 'must not repeat a day',
      })
      .optional(),
  })
  .refine(window => window.start !== window.end, {
    message: 'start and end must differ (a window needs a duration)',
    path: ['end'],
  });

/**
 * A daily time window in a time zone; see {@link windowSchema}.
 *
 * @public
 */
export type Window = z.infer<typeof windowSchema>;
