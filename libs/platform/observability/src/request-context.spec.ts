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
  it('is out of rotation only when a check that gates traffic fails, and says why apart from the state a probe is told (issue 21, finding 12)', async () => {
    const readiness = new Readiness(0);
    readiness.register({ name: 'postgres', gatesTraffic: true, check: () => new Promise(() => undefined) });
    readiness.register({
      name: 'kafka',
      check: async () => {
        throw new Error('broker unreachable');
      },
    });
    await expect(readiness.report(50)).resolves.toEqual({
      ready: false,
      degraded: true,
      checks: { postgres: 'down', kafka: 'degraded' },
      reasons: { postgres: 'postgres did not answer within 50 ms', kafka: 'broker unreachable' },
    });
  });

  it('stays in rotation, degraded, when only an advisory check fails (a stalled consumer keeps the API serving)', async () => {
    const readiness = new Readiness(0);
    readiness.register({ name: 'postgres', gatesTraffic: true, check: async () => undefined });
    readiness.register({
      name: 'kafka-consumer',
      check: async () => {
        throw new Error('no batch applied for 90 s');
      },
    });
    await expect(readiness.report()).resolves.toEqual({
      ready: true,
      degraded: true,
      checks: { postgres: 'up', 'kafka-consumer': 'degraded' },
      reasons: { 'kafka-consumer': 'no batch applied for 90 s' },
    });
  });

  it('runs the checks at most once per cache period however often it is probed', async () => {
    let runs = 0;
    const readiness = new Readiness(60_000);
    readiness.register({ name: 'postgres', gatesTraffic: true, check: async () => void runs++ });
    await Promise.all(Array.from({ length: 50 }, () => readiness.report()));
    await readiness.report();
    expect(runs).toBe(1);
  });
});
