import { columnSums, netOfEntries, sumOf, TOTAL_COLUMNS } from './credit-totals.js';

describe('service credit totals', () => {
  it('totals the entries to the net withheld: credits pending confirmation or reversed cost nothing (ADR 0016)', () => {
    const entries = [
      { status: 'withheld', amountPence: 250_000 },
      { status: 'accrued', amountPence: 250_000 },
      { status: 'reversed', amountPence: 250_000 },
      { status: 'adjusted', amountPence: 100_000 },
      { status: 'waived', amountPence: 0 },
      { status: 'released', amountPence: 250_000 },
      { status: 'retained', amountPence: 50_000 },
    ];
    expect(netOfEntries(entries)).toBe(400_000);
  });

  it('adds a field up, counting a missing or unreadable figure as nothing', () => {
    expect(sumOf([{ amountPence: 1000 }, { amountPence: 250 }, {}, { amountPence: null }, { amountPence: 'x' }], 'amountPence')).toBe(1250);
    expect(sumOf([{ netPence: '300' }, { netPence: -100 }], 'netPence')).toBe(200);
    expect(sumOf([], 'netPence')).toBe(0);
  });

  it('lays the amounts out so accrued is the sum of the columns after it, pending confirmation and reversed among them', () => {
    expect(TOTAL_COLUMNS).toEqual(['accruedPence', 'pendingPence', 'reversedPence', 'releasedPence', 'waivedOrAdjustedPence', 'netPence']);
  });

  it('adds each amount column up for the "All providers" row, counting a figure an older answer lacks as nothing', () => {
    const totals = [
      {
        accruedPence: 1_250_000,
        pendingPence: 250_000,
        reversedPence: 250_000,
        releasedPence: 250_000,
        waivedOrAdjustedPence: 100_000,
        netPence: 400_000,
      },
      { accruedPence: 250_000, waivedOrAdjustedPence: 0, netPence: 250_000 },
    ];
    expect(columnSums(totals)).toEqual([1_500_000, 250_000, 250_000, 250_000, 100_000, 650_000]);
    expect(columnSums([])).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
