import { AcceleratedClock, clockFromEnvironment, SettableClock, SystemClock } from './clock';

describe('the clock a service runs on', () => {
  it('is the system clock unless a day is given', () => {
    expect(clockFromEnvironment({})).toBeInstanceOf(SystemClock);
    expect(clockFromEnvironment({ CARERS_TODAY: '2026-11-02' })).toBeInstanceOf(SettableClock);
    expect(clockFromEnvironment({ CARERS_TODAY: '2026-11-02' }).today()).toBe('2026-11-02');
  });

  it('runs a day every CARERS_DAY_SECONDS from the shared anchor, so every service agrees on the day', () => {
    const anchor = Date.now() - 10_500;
    const a = clockFromEnvironment({ CARERS_TODAY: '2025-12-30', CARERS_DAY_SECONDS: '2', CARERS_CLOCK_ANCHOR: String(anchor) });
    const b = new AcceleratedClock('2025-12-30', 2, anchor);
    expect(a.today()).toBe('2026-01-04');
    expect(b.today()).toBe(a.today());
  });

  it('refuses a speed that is not a positive number, saying which setting is wrong', () => {
    expect(() => clockFromEnvironment({ CARERS_TODAY: '2026-01-01', CARERS_DAY_SECONDS: 'fast' })).toThrow('CARERS_DAY_SECONDS');
  });
});
