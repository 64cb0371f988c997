import { addDays } from '@carers/calendar';
import { serviceEnvironment } from './runtime-config';

/** Today's date in England (ISO yyyy-mm-dd); injected so rules can be tested on any day. */
export abstract class Clock {
  abstract today(): string;
}

export class SystemClock extends Clock {
  /** Building a formatter costs far more than formatting with one. */
  private static readonly london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

  today(): string {
    return SystemClock.london.format(new Date());
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

/**
 * A clock that runs fast: from `startDay` at the instant `anchorMs`, one day passes every `secondsPerDay` real
 * seconds. The demo plays a year on it; every service given the same anchor agrees on the day.
 */
export class AcceleratedClock extends Clock {
  constructor(
    private readonly startDay: string,
    private readonly secondsPerDay: number,
    private readonly anchorMs = Date.now(),
  ) {
    super();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDay)) throw new Error(`not a day: ${startDay}`);
    if (!(secondsPerDay > 0)) throw new Error(`CARERS_DAY_SECONDS must be a positive number of seconds, not ${secondsPerDay}`);
  }

  today(): string {
    const days = Math.max(0, Math.floor((Date.now() - this.anchorMs) / (this.secondsPerDay * 1000)));
    return addDays(this.startDay, days, 'calendar');
  }
}

/**
 * The system clock; a settable one standing on CARERS_TODAY; or, with CARERS_DAY_SECONDS too, an accelerated one
 * starting on CARERS_TODAY at CARERS_CLOCK_ANCHOR (epoch ms; the process start by default).
 */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = serviceEnvironment()): Clock {
  const today = env['CARERS_TODAY'];
  if (!today) return new SystemClock();
  if (env['CARERS_DAY_SECONDS'])
    return new AcceleratedClock(
      today,
      Number(env['CARERS_DAY_SECONDS']),
      env['CARERS_CLOCK_ANCHOR'] ? Number(env['CARERS_CLOCK_ANCHOR']) : undefined,
    );
  return new SettableClock(today);
}
