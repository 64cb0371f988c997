import { HttpException, HttpStatus } from '@nestjs/common';
import { Principal } from '@carers/platform/auth';
import { serviceEnvironment } from './runtime-config';
import { wholeNumberSetting } from './whole-number-setting';

/**
 * How many live streams (Server-Sent Events) one signed-in subject may hold open at once (issue 21, finding 7): each
 * holds a connection and a database listener, so an uncapped client could exhaust them. LIVE_STREAMS_PER_SUBJECT,
 * 5 by default; one more is answered 429 with Retry-After.
 */
export class LiveStreamQuota {
  private readonly open = new Map<string, number>();

  constructor(readonly perSubject = wholeNumberSetting(serviceEnvironment(), 'LIVE_STREAMS_PER_SUBJECT', 5)) {}

  /** Takes a place for the caller's stream, or refuses; the answer gives the place back when the stream ends. */
  take(who: Principal, response?: { setHeader(name: string, value: string): void }): () => void {
    const key = `${who.tenantId}:${who.subject}`;
    const held = this.open.get(key) ?? 0;
    if (held >= this.perSubject) {
      response?.setHeader('Retry-After', '30');
      throw new HttpException(
        `You already have ${held} live streams open, the most one sign-in may hold: close one, or wait for the seconds in Retry-After.`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    this.open.set(key, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }
}
