import type { IncomingHttpHeaders } from 'node:http';
import { BoardConfig, Upstream } from './board-config';
import { TokenSource } from './board-token';

export class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    message: string,
  ) {
    super(message);
  }
}

export class NotSignedInError extends Error {}

/** Calls the services as the board: the bearer token is added here, on the server, and never sent to the browser. */
export class UpstreamClient {
  constructor(
    private readonly config: BoardConfig,
    private readonly tokens: TokenSource,
    private readonly timeoutMs = 15_000,
  ) {}

  url(service: Upstream, path: string): string {
    return `${this.config.upstreams[service]}${path}`;
  }

  /** Starts a GET; the caller reads (or streams) the body. `signal` aborts it, e.g. when the browser goes away. */
  async get(
    service: Upstream,
    path: string,
    incoming: IncomingHttpHeaders,
    opts: { signal?: AbortSignal; accept?: string } = {},
  ): Promise<Response> {
    const token = await this.tokens.token(incoming);
    if (!token) throw new NotSignedInError('sign in to see the board');
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: opts.accept ?? 'application/json' };
    const correlation = incoming['x-correlation-id'];
    if (typeof correlation === 'string') headers['x-correlation-id'] = correlation;
    return fetch(this.url(service, path), { headers, signal: opts.signal ?? AbortSignal.timeout(this.timeoutMs) });
  }

  /** GETs JSON, throwing UpstreamError for any answer but 2xx. */
  async json<T>(service: Upstream, path: string, incoming: IncomingHttpHeaders): Promise<T> {
    const response = await this.get(service, path, incoming);
    const body = await readBody(response);
    if (!response.ok) throw new UpstreamError(response.status, body, `${service} answered ${response.status} to GET ${path}`);
    return body as T;
  }
}

export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 500) };
  }
}
