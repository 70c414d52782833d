import {
  addDuration,
  DURATION_SAMPLES,
  DurationAggregate,
  heldCost,
} from './durationAggregate';

const fold = (durations: number[], start?: DurationAggregate) =>
  durations.reduce<DurationAggregate | undefined>(
    (aggregate, ms) => addDuration(aggregate, ms),
    start,
  )!;

describe('durationAggregate', () => {
  it('keeps the last samples and derives median and p90 from them', () => {
    const aggregate = fold([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
    expect(aggregate.medianMs).toBe(60);
    expect(aggregate.p90Ms).toBe(100);
    expect(aggregate.sampleCount).toBe(11);

    const many = fold(Array.from({ length: 50 }, (_, i) => i * 1000));
    expect(many.samplesMs).toHaveLength(DURATION_SAMPLES);
    expect(many.samplesMs[0]).toBe(30_000); // the oldest 30 are gone
    expect(many.sampleCount).toBe(50);
    expect(many.medianMs).toBe(39_500);
  });

  it('the planning cost follows the median only when it moves more than 25 %', () => {
    expect(heldCost(undefined, 40_000)).toBe(40_000);
    expect(heldCost(40_000, 49_000)).toBe(40_000); // +22.5 %: held
    expect(heldCost(40_000, 31_000)).toBe(40_000); // −22.5 %: held
    expect(heldCost(40_000, 51_000)).toBe(51_000); // +27.5 %: follows
    expect(heldCost(40_000, 29_000)).toBe(29_000); // −27.5 %: follows

    // Night-to-night noise around 40 s leaves the cost where it was first measured...
    const noisy = fold([40_000, 44_000, 37_000, 46_000, 35_000, 42_000]);
    expect(noisy.planningCostMs).toBe(40_000);
    // ...a dashboard that became three times slower moves once the median has moved.
    const slower = fold(Array(7).fill(120_000), noisy);
    expect(slower.medianMs).toBe(120_000);
    expect(slower.planningCostMs).toBe(120_000);
  });
});
