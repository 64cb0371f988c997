import { Readable } from 'node:stream';
import type { Request, Response as ExpressResponse } from 'express';
import { ProxiedService, proxyDecision } from './proxy-rules';
import { NotSignedInError, UpstreamClient } from './upstream-client';

/**
 * GET /api/performance/* and /api/escalation/*: forwarded with the board's token; status and body come back as they are.
 * The live alert feed is streamed, not buffered.
 */
export function proxyTo(service: ProxiedService, upstream: UpstreamClient) {
  return async (req: Request, res: ExpressResponse) => {
    const decision = proxyDecision(service, req.method, req.url);
    if (!decision.allowed) {
      if (decision.status === 405) res.setHeader('allow', 'GET');
      res.status(decision.status).json({ message: decision.message });
      return;
    }
    if (decision.stream) return streamEvents(service, decision.path, req, res, upstream);
    try {
      const response = await upstream.get(service, decision.path, req.headers);
      res.status(response.status);
      for (const name of ['content-type', 'content-disposition', 'cache-control']) {
        const value = response.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.send(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      sendFailure(res, service, error);
    }
  };
}

/** Server-Sent Events: headers go out at once, each chunk is written as it arrives, and the upstream is dropped when the browser goes. */
async function streamEvents(service: ProxiedService, path: string, req: Request, res: ExpressResponse, upstream: UpstreamClient) {
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  let response: Response;
  try {
    response = await upstream.get(service, path, req.headers, { signal: abort.signal, accept: 'text/event-stream' });
  } catch (error) {
    if (!abort.signal.aborted) sendFailure(res, service, error);
    return;
  }
  if (!response.ok || !response.body) {
    res
      .status(response.ok ? 502 : response.status)
      .type('application/json')
      .send(await response.text());
    return;
  }
  res.status(200);
  res.setHeader('content-type', 'text/event-stream; charset=utf-8');
  res.setHeader('cache-control', 'no-cache, no-transform');
  res.setHeader('connection', 'keep-alive');
  res.setHeader('x-accel-buffering', 'no');
  res.flushHeaders();
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  body.on('error', () => res.end()); // the upstream went away or was aborted: end the stream, the browser reconnects
  body.pipe(res);
}

function sendFailure(res: ExpressResponse, service: string, error: unknown) {
  if (res.headersSent) return void res.end();
  if (error instanceof NotSignedInError) return void res.status(401).json({ message: error.message });
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  res.status(timedOut ? 504 : 502).json({ message: `${service} could not be reached` });
}
