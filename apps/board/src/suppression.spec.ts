import { isSuppressed, suppress } from './suppression';

describe('suppress: small-number suppression for the area board', () => {
  it('shows a zero as "0"', () => {
    expect(suppress(0)).toBe('0');
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('hides %i as "*"', (n) => {
    expect(suppress(n)).toBe('*');
  });

  it.each([
    [8, '10'],
    [9, '10'],
    [10, '10'],
    [11, '10'],
    [12, '10'],
    [13, '15'],
    [14, '15'],
    [15, '15'],
    [17, '15'],
    [18, '20'],
    [22, '20'],
    [23, '25'],
    [100, '100'],
    [102, '100'],
    [103, '105'],
    [1234, '1235'],
    [1237, '1235'],
    [1238, '1240'],
  ])('rounds %i to the nearest 5: %s', (n, shown) => {
    expect(suppress(n)).toBe(shown);
  });

  it('never shows a number from 1 to 7, for any count', () => {
    for (let n = 0; n <= 2000; n++) {
      const shown = suppress(n);
      if (shown !== '*' && shown !== '0') {
        expect(Number(shown) % 5).toBe(0);
        expect(Number(shown)).toBeGreaterThanOrEqual(10);
        expect(Math.abs(Number(shown) - n)).toBeLessThanOrEqual(2);
      }
    }
  });

  it('always answers a string', () => {
    expect(typeof suppress(0)).toBe('string');
    expect(typeof suppress(50)).toBe('string');
  });

  it('refuses negative, infinite and non-numbers', () => {
    expect(() => suppress(-1)).toThrow(RangeError);
    expect(() => suppress(Number.NaN)).toThrow(RangeError);
    expect(() => suppress(Infinity)).toThrow(RangeError);
  });

  it('says which shown values are suppressed', () => {
    expect(isSuppressed('*')).toBe(true);
    expect(isSuppressed('0')).toBe(false);
    expect(isSuppressed('10')).toBe(false);
    expect(isSuppressed(undefined)).toBe(false);
  });
});
