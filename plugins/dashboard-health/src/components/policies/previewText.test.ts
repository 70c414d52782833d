import { planWindow } from '@dashboard-health/plugin-dashboard-health-common';
import {
  dstNote,
  durationText,
  previewSentence,
  spacingText,
} from './previewText';

const berlin = { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' };
const refs = Array.from({ length: 15 }, (_, i) => `resource:default/d${i}`);

describe('previewText', () => {
  it('says how far apart the checks are', () => {
    expect(spacingText(960)).toBe('16 min');
    expect(spacingText(2057.14)).toBe('34 min 17 s');
    expect(spacingText(45)).toBe('45 s');
    expect(spacingText(4800)).toBe('1 h 20 min');
    expect(durationText(3 * 3_600_000)).toBe('3 h');
  });

  it('notes shorter and longer windows on daylight-saving nights only', () => {
    const note = (date: string) =>
      dstNote(berlin, {
        date,
        ...planWindow({ window: berlin, date, entityRefs: refs }),
      });
    expect(note('2026-03-29')).toBe(
      'On 2026-03-29 this window lasts 3 h instead of 4 h (daylight-saving change)',
    );
    expect(note('2026-10-25')).toBe(
      'On 2026-10-25 this window lasts 5 h instead of 4 h (daylight-saving change)',
    );
    expect(note('2026-06-02')).toBeUndefined();
    // Crossing midnight is not a daylight-saving change.
    const overnight = { ...berlin, start: '22:00', end: '02:00' };
    expect(
      dstNote(overnight, {
        date: '2026-06-02',
        ...planWindow({
          window: overnight,
          date: '2026-06-02',
          entityRefs: refs,
        }),
      }),
    ).toBeUndefined();
  });

  it('lists times in the window’s zone, with titles, and counts the rest', () => {
    const many = Array.from({ length: 20 }, (_, i) => `resource:default/d${i}`);
    const plan = {
      date: '2026-06-02',
      spacing: 'even' as const,
      ...planWindow({ window: berlin, date: '2026-06-02', entityRefs: many }),
    };
    const sentence = previewSentence(plan, 'Europe/Berlin', ref =>
      ref.replace('resource:default/', 'Title '),
    );
    expect(sentence).toMatch(
      /^20 dashboards → one every 12 min: 01:06 Title d\d+, 01:18 Title d\d+, /,
    );
    expect(sentence).toMatch(/, and 8 more$/);
  });

  it('says the gap is a mean when the slots are weighted by cost', () => {
    const three = refs.slice(0, 3);
    const plan = {
      date: '2026-06-02',
      spacing: 'weighted' as const,
      ...planWindow({
        window: berlin,
        date: '2026-06-02',
        entityRefs: three,
        costs: new Map(three.map((ref, i) => [ref, (i + 1) * 60])),
      }),
    };
    expect(previewSentence(plan, 'Europe/Berlin', ref => ref)).toMatch(
      /^3 dashboards → one every 1 h 20 min on average, longer after heavier ones: \d\d:\d\d resource:default\/d/,
    );
  });
});
