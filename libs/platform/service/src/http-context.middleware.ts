import { NextFunction, Request, Response } from 'express';
import { Logger, Metrics, parseTraceparent, RequestContexts, traceparentOf } from '@carers/platform/observability';

/** Gives every request a correlation id and trace (from the caller's headers when sent), logs and times it. */
export function httpContextMiddleware(logger: Logger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const context = RequestContexts.from({
      correlationId: acceptedCorrelationId(headerValue(req.headers['x-correlation-id'])),
      traceparent: headerValue(req.headers['traceparent']),
    });
    const started = process.hrtime.bigint();
    res.setHeader('x-correlation-id', context.correlationId);
    res.setHeader('traceparent', traceparentOf(context));
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (req.route?.path as string | undefined) ?? 'unmatched';
      metrics.httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      if (req.path.startsWith('/health') || req.path === '/metrics') return;
      RequestContexts.run(context, () =>
        logger.info(
          {
            method: req.method,
            // a path no route matched is whatever the caller typed (a card number, a name): only its route is logged
            path: req.route ? req.originalUrl.split('?')[0] : undefined,
            route,
            status: res.statusCode,
            ms: Math.round(seconds * 1000),
            parentSpan: parseTraceparent(headerValue(req.headers['traceparent']))?.parentId,
          },
          'http request',
        ),
      );
    });
    RequestContexts.run(context, next);
  };
}

/**
 * A caller's correlation id is carried on only as a short plain token (issue 21, finding 12): it is copied into every
 * log line and event the request causes, so anything longer or richer is replaced by a fresh one.
 */
const CALLER_CORRELATION_ID = /^[A-Za-z0-9-]{1,64}$/;

function acceptedCorrelationId(value: string | undefined): string | undefined {
  return value !== undefined && CALLER_CORRELATION_ID.test(value) ? value : undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
