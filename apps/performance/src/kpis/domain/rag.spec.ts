import { inBreach, ragStatus } from './rag';

const timeliness = { target: 90, floor: 80, direction: 'higher-is-better' as const, minimumDenominator: 5 };
const waits = { target: 14, floor: 21, direction: 'lower-is-better' as const, minimumDenominator: 5 };

describe('RAG status', () => {
  it('is green at the target, amber at the floor, red below it (higher is better)', () => {
    expect([90, 85, 80, 79.9].map((v) => ragStatus(timeliness, v, 10))).toEqual(['green', 'amber', 'amber', 'red']);
  });
  it('reads the other way when lower is better', () => {
    expect([14, 20, 21, 22].map((v) => ragStatus(waits, v, 10))).toEqual(['green', 'amber', 'amber', 'red']);
  });
  it('gives no RAG below the minimum denominator, or without a value', () => {
    expect(ragStatus(timeliness, 0, 4)).toBe('insufficient-data');
    expect(ragStatus(timeliness, undefined)).toBe('insufficient-data');
  });
});

describe('breach rules', () => {
  it('by default, red in the month is a breach', () => {
    expect(inBreach({ kind: 'red' }, ['green', 'red'])).toBe(true);
    expect(inBreach({ kind: 'red' }, ['red', 'amber'])).toBe(false);
  });
  it('"below floor 2 consecutive months"', () => {
    expect(inBreach({ kind: 'consecutive', months: 2 }, ['amber', 'red'])).toBe(false);
    expect(inBreach({ kind: 'consecutive', months: 2 }, ['red', 'red'])).toBe(true);
    expect(inBreach({ kind: 'consecutive', months: 2 }, ['red'])).toBe(false);
  });
  it('"3 in 6": the current month red and at least three reds in the last six', () => {
    expect(inBreach({ kind: 'in-last', count: 3, months: 6 }, ['red', 'green', 'red', 'green', 'green', 'red'])).toBe(true);
    expect(inBreach({ kind: 'in-last', count: 3, months: 6 }, ['red', 'green', 'red', 'green', 'green', 'green', 'red'])).toBe(false);
    expect(inBreach({ kind: 'in-last', count: 3, months: 6 }, ['red', 'red', 'red', 'green'])).toBe(false);
  });
  it('"2 consecutive months": a month with too few cases neither breaks nor extends the run (issue 19, ADR 0028)', () => {
    const twoRunning = { kind: 'consecutive' as const, months: 2 };
    expect(inBreach(twoRunning, ['red', 'insufficient-data', 'red'])).toBe(true);
    expect(inBreach(twoRunning, ['red', 'red', 'insufficient-data'])).toBe(false);
    expect(inBreach(twoRunning, ['insufficient-data', 'red'])).toBe(false);
    expect(inBreach(twoRunning, ['red', 'amber', 'insufficient-data', 'red'])).toBe(false);
    // the run is looked for within 2 × months calendar months unless the definition says otherwise
    expect(inBreach(twoRunning, ['red', 'insufficient-data', 'insufficient-data', 'insufficient-data', 'red'])).toBe(false);
    expect(inBreach({ ...twoRunning, within: 2 }, ['red', 'insufficient-data', 'red'])).toBe(false);
  });
});
