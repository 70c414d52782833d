import type { Clock } from '../time/clock';

/** A clock a test moves by hand (token expiry, humanized ages, freshness). */
export class MutableClock implements Clock {
  private ms: number;

  constructor(start: string | Date) {
    this.ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
