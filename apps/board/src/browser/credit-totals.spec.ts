import { sumOf } from './credit-totals.js';

describe('service credit totals', () => {
  it('adds a field up, counting a missing or unreadable figure as nothing', () => {
    expect(sumOf([{ amountPence: 1000 }, { amountPence: 250 }, {}, { amountPence: null }, { amountPence: 'x' }], 'amountPence')).toBe(1250);
    expect(sumOf([{ netPence: '300' }, { netPence: -100 }], 'netPence')).toBe(200);
    expect(sumOf([], 'netPence')).toBe(0);
  });
});
