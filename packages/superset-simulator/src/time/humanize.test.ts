import { humanizeSince } from './humanize';

const NOW = Date.parse('2025-07-24T10:00:00Z');
const at = (iso: string) => Date.parse(`${iso}Z`);

describe('humanizeSince', () => {
  it.each([
    // every (timestamp, text) pair of the reference fixtures
    ['2025-06-30T16:02:11.118', '24 days ago'],
    ['2025-07-01T09:05:12.338', '23 days ago'],
    ['2025-07-01T10:05:22.710', '23 days ago'],
    ['2025-07-22T13:46:03.120', '1 day ago'],
    ['2025-07-22T13:37:05.441', '1 day ago'],
    ['2025-05-12T08:45:57.300', '2 months ago'],
    ['2025-03-10T09:12:40.006', '4 months ago'],
    ['2025-03-02T11:20:41.904', '4 months ago'],
  ])('%s is "%s"', (then, text) => {
    expect(humanizeSince(NOW, at(then))).toBe(text);
  });

  it.each([
    [0, 'now'],
    [30_000, '30 seconds ago'],
    [90_000, 'a minute ago'],
    [45 * 60_000, '45 minutes ago'],
    [90 * 60_000, 'an hour ago'],
    [5 * 3_600_000, '5 hours ago'],
    [400 * 86_400_000, '1 year, 1 month ago'],
    [800 * 86_400_000, '2 years ago'],
    [-3 * 86_400_000, '3 days from now'],
  ])('%p ms is "%s"', (delta, text) => {
    expect(humanizeSince(NOW, NOW - delta)).toBe(text);
  });
});
