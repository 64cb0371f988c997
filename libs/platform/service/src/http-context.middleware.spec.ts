import { EventEmitter } from 'node:events';
import { Request, Response } from 'express';
import { Logger, Metrics } from '@carers/platform/observability';
import { httpContextMiddleware } from './http-context.middleware';

describe('the request log', () => {
  const served = (req: Partial<Request>, headers: Record<string, string> = {}) => {
    const lines: Record<string, unknown>[] = [];
    const logger = { info: (entry: Record<string, unknown>) => lines.push(entry) } as unknown as Logger;
    const res = Object.assign(new EventEmitter(), { statusCode: 404, headers: {} as Record<string, string> });
    const response = Object.assign(res, { setHeader: (name: string, value: string) => (res.headers[name] = value) });
    httpContextMiddleware(logger, new Metrics('test'))(
      { method: 'GET', headers, ...req } as Request,
      response as unknown as Response,
      () => {
        response.emit('finish');
      },
    );
    return { lines, response };
  };

  it('logs the path a route matched, but never a path no route matched, which is whatever the caller typed (issue 21, finding 9)', () => {
    const typed = '/emergency-cards/CERS-7Q2M-XK4P-9D3F-HB6T';
    expect(served({ path: typed, originalUrl: typed }).lines[0]).toMatchObject({ route: 'unmatched', path: undefined });
    const matched = '/carers/3f1c2a9e-0000-4000-8000-000000000001';
    expect(served({ path: matched, originalUrl: `${matched}?x=1`, route: { path: '/carers/:id' } }).lines[0]).toMatchObject({
      route: '/carers/:id',
      path: matched,
    });
  });

  it("answers with the caller's correlation id only when it is a short plain token (issue 21, finding 12)", () => {
    const url = { path: '/x', originalUrl: '/x' };
    expect(served(url, { 'x-correlation-id': 'review-2026-11' }).response.headers['x-correlation-id']).toBe('review-2026-11');
    for (const sent of ['a'.repeat(65), 'jane.doe@example.org', 'two words'])
      expect(served(url, { 'x-correlation-id': sent }).response.headers['x-correlation-id']).not.toBe(sent);
  });
});
