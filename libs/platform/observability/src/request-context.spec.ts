import { parseTraceparent, RequestContexts, traceparentOf } from './request-context';
import { Readiness } from './health';

describe('request context', () => {
  it('continues the caller trace from a W3C traceparent with a new span', () => {
    const ctx = RequestContexts.from({ correlationId: 'c-1', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    expect(ctx).toMatchObject({ correlationId: 'c-1', traceId: '0af7651916cd43dd8448eb211c80319c' });
    expect(ctx.spanId).not.toBe('b7ad6b7169203331');
    expect(parseTraceparent(traceparentOf(ctx))).toEqual({ traceId: ctx.traceId, parentId: ctx.spanId });
  });

  it('starts a new trace and correlation id when none is given or the header is malformed', () => {
    const ctx = RequestContexts.from({ traceparent: 'garbage' });
    expect(ctx.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(ctx.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('does not carry on a correlation id that is not a bounded token (it would be copied into every event caused)', () => {
    expect(RequestContexts.from({ correlationId: 'c'.repeat(900_000) }).correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(RequestContexts.from({ correlationId: 'two words' }).correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(RequestContexts.from({ correlationId: 'req-42:abc' }).correlationId).toBe('req-42:abc');
  });

  it('is visible inside run and gone outside', () => {
    const ctx = RequestContexts.from({ correlationId: 'inside' });
    expect(RequestContexts.run(ctx, () => RequestContexts.current()?.correlationId)).toBe('inside');
    expect(RequestContexts.current()).toBeUndefined();
  });
});

describe('readiness', () => {
  it('is ready only when every check answers, and says why not', async () => {
    const readiness = new Readiness();
    readiness.register({ name: 'postgres', check: async () => undefined });
    readiness.register({ name: 'kafka', check: async () => { throw new Error('broker unreachable'); } });
    readiness.register({ name: 'slow', check: () => new Promise(() => undefined) });
    await expect(readiness.report(50)).resolves.toEqual({
      ready: false,
      checks: { postgres: 'up', kafka: 'down: broker unreachable', slow: 'down: slow did not answer within 50 ms' },
    });
  });
});
