/** Today's date in England (ISO yyyy-mm-dd); injected so rules can be tested on any day. */
export abstract class Clock {
  abstract today(): string;
}

export class SystemClock extends Clock {
  today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  }
}
