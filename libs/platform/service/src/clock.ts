import { serviceEnvironment } from './runtime-config';

/** Today's date in England (ISO yyyy-mm-dd); injected so rules can be tested on any day. */
export abstract class Clock {
  abstract today(): string;
}

export class SystemClock extends Clock {
  today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  }
}

/**
 * A clock that stands still on a given day until it is moved: for integration tests and for the demo, which
 * plays a year in minutes. A service uses it when started with CARERS_TODAY=yyyy-mm-dd.
 */
export class SettableClock extends Clock {
  constructor(private day: string) {
    super();
  }

  today(): string {
    return this.day;
  }

  set(day: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: ${day}`);
    this.day = day;
  }
}

/** The system clock, or a settable one when CARERS_TODAY gives the day to start on. */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = serviceEnvironment()): Clock {
  return env['CARERS_TODAY'] ? new SettableClock(env['CARERS_TODAY']) : new SystemClock();
}
