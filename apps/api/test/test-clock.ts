import { Clock } from '../src/common/clock/clock';

/** The one thing besides mail that tests may fake: time. Starts at the real now and moves only when told. */
export class TestClock extends Clock {
  private current = new Date();

  now(): Date {
    return new Date(this.current);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
