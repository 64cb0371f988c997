import type { IncomingHttpHeaders } from 'node:http';
import { DevIssuer } from '@carers/platform/auth';

/** Where the bearer token the board sends upstream comes from. The browser never sees it. */
export interface TokenSource {
  /** The token for this request, or undefined when there is none (the caller answers 401). */
  token(headers: IncomingHttpHeaders): Promise<string | undefined>;
}

type Sign = (request: { role: 'board-member'; tenant: string; subject: string; expiresIn: string }) => Promise<string>;

/**
 * Local runs and tests: the board signs in as itself, a board member of one council, with the dev issuer.
 * Tokens last an hour and are renewed five minutes before they expire.
 */
export class DevBoardToken implements TokenSource {
  static readonly LIFETIME_MS = 60 * 60_000;
  static readonly RENEW_BEFORE_MS = 5 * 60_000;
  private current?: { token: Promise<string>; expiresAt: number };

  constructor(
    private readonly council: string,
    private readonly sign: Sign = (r) => DevIssuer.open().sign(r),
    private readonly now: () => number = Date.now,
  ) {}

  async token(): Promise<string> {
    const now = this.now();
    if (!this.current || now >= this.current.expiresAt - DevBoardToken.RENEW_BEFORE_MS) {
      const token = this.sign({
        role: 'board-member',
        tenant: this.council,
        subject: 'board-dashboard',
        expiresIn: `${DevBoardToken.LIFETIME_MS / 1000}s`,
      });
      this.current = { token, expiresAt: now + DevBoardToken.LIFETIME_MS };
      token.catch(() => (this.current = undefined)); // a failed signing is retried on the next request
    }
    return this.current.token;
  }
}

/**
 * Production: the council's OIDC sign-in proxy (e.g. oauth2-proxy) stands in front of the board, signs the member in,
 * and passes their access token in X-Forwarded-Access-Token; the board forwards it upstream and never to the page.
 */
export class ForwardedToken implements TokenSource {
  async token(headers: IncomingHttpHeaders): Promise<string | undefined> {
    const value = headers['x-forwarded-access-token'];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  }
}
