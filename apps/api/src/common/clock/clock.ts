/**
 * The time, injected. Services never call `new Date()` for decisions (session expiry, overdue, scores), so tests
 * can move time and reports can be reproduced.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
