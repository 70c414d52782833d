import type { IdWindow } from './idWindows';

/** How many rows a window held, and which ids Superset showed from it. */
export interface WindowAnswer {
  count: number;
  ids: number[];
}

/**
 * Chooses the id ranges of a walk so each holds about `target` rows: wide where ids are sparse, narrow
 * where they are dense. A window never holds more rows than ids, so one as wide as a page (`capacity`)
 * always comes back whole; wider ones are guesses from what earlier answers counted.
 */
export class IdWindowSizer {
  private after = 0;
  private width: number;
  /** Rows above `after` as an open window last counted them, less those read since. */
  private rest: number;
  /** The highest id any answer showed: past it, an open window is likely to end the walk. */
  private highest: number;
  /** The last window that held too many rows: its end and how many of its rows are still unread. */
  private crowded?: { before: number; count: number };

  constructor(
    first: WindowAnswer,
    private readonly capacity: number,
    private readonly target: number,
  ) {
    this.rest = first.count;
    this.highest = Math.max(0, ...first.ids);
    const idsPerRow = this.highest / Math.max(1, first.count);
    this.width = Math.max(capacity, Math.round(target * idsPerRow));
  }

  next(): IdWindow {
    if (this.rest <= this.target || this.after >= this.highest) {
      return { after: this.after };
    }
    return { after: this.after, before: this.after + this.widthNow() + 1 };
  }

  /** A window came back whole: the walk moves past it. */
  consumed(window: IdWindow, answer: WindowAnswer): void {
    this.after = window.before! - 1;
    this.rest -= answer.count;
    if (this.crowded) {
      this.crowded.count -= answer.count;
      if (this.after >= this.crowded.before - 1) this.crowded = undefined;
    }
    const scaled =
      (this.width * this.target) / Math.max(answer.count, this.target / 8);
    this.width = Math.max(
      this.capacity,
      Math.min(Math.round(scaled), this.width * 8),
    );
  }

  /** A window held more rows than one answer carries. False when it could not have been narrower. */
  overflowed(window: IdWindow, answer: WindowAnswer): boolean {
    this.highest = Math.max(this.highest, ...answer.ids);
    if (window.before === undefined) {
      this.rest = answer.count;
      return true;
    }
    if (window.before - 1 - window.after <= this.capacity) return false;
    this.crowded = { before: window.before, count: answer.count };
    return true;
  }

  private widthNow(): number {
    if (!this.crowded) return this.width;
    const ids = this.crowded.before - 1 - this.after;
    if (this.crowded.count <= this.target) return ids;
    const even = Math.floor((this.target * ids) / this.crowded.count);
    return Math.max(this.capacity, Math.min(even, ids));
  }
}
