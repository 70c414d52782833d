import { Clock } from '../clock';

/** A clock that only moves when a test moves it. */
export class SimulatedClock implements Clock {
  private ms: number;

  constructor(start: Date | string) {
    this.ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  set(at: Date | string) {
    this.ms = new Date(at).getTime();
  }

  advance(ms: number) {
    this.ms += ms;
  }
}
