import { creditAfterCaps, creditIsAlerted, creditPrice, financialYearOf, isUnsettled, settlementOnClose } from './credits';
import { DEFAULT_POLICY, policyProblems } from './escalation-policy';

describe('service credits', () => {
  it('fall in the financial year that starts in April', () => {
    expect(financialYearOf('2026-03')).toBe('2025-04');
    expect(financialYearOf('2026-04')).toBe('2026-04');
    expect(financialYearOf('2026-12')).toBe('2026-04');
  });

  it('accrue in full below the caps, then only up to the cap per KPI and the cap in total', () => {
    const policy = {
      ...DEFAULT_POLICY,
      creditPerBreachedMonthPence: 250_000,
      creditCapPerKpiPence: 600_000,
      creditCapTotalPence: 1_000_000,
    };
    expect(creditAfterCaps(creditPrice(policy, undefined), 0, 0)).toEqual({
      amountPence: 250_000,
      uncappedPence: 250_000,
      reachesCap: false,
    });
    expect(creditAfterCaps(creditPrice(policy, undefined), 500_000, 500_000)).toEqual({
      amountPence: 100_000,
      uncappedPence: 250_000,
      reachesCap: true,
    });
    expect(creditAfterCaps(creditPrice(policy, undefined), 0, 900_000)).toEqual({
      amountPence: 100_000,
      uncappedPence: 250_000,
      reachesCap: true,
    });
    expect(creditAfterCaps(creditPrice(policy, undefined), 600_000, 600_000)).toEqual({
      amountPence: 0,
      uncappedPence: 250_000,
      reachesCap: false,
    });
  });

  it('mark the one credit that reaches a cap, even when it fills it exactly, and alert the board only for credits that move money (issue 18)', () => {
    const policy = {
      ...DEFAULT_POLICY,
      creditPerBreachedMonthPence: 250_000,
      creditCapPerKpiPence: 750_000,
      creditCapTotalPence: 2_000_000,
    };
    expect(creditAfterCaps(creditPrice(policy, undefined), 500_000, 500_000)).toMatchObject({ amountPence: 250_000, reachesCap: true });
    expect(creditAfterCaps(creditPrice(policy, undefined), 750_000, 750_000)).toMatchObject({ amountPence: 0, reachesCap: false });
    expect(creditIsAlerted(250_000)).toBe(true);
    expect(creditIsAlerted(0)).toBe(false);
  });
});

describe('pricing a credit on the contract (ADR 0018)', () => {
  // Wiltshire's all-age carers contract: £6.2m a year; 0.5% of the monthly value per breached month, caps of 2% and 5% of the year's charges
  const wiltshire = { annualValuePence: 620_000_000, perBreachedMonthPercent: 0.5, capPerKpiPercent: 2, capTotalPercent: 5 };

  it("prices a breached month as the schedule's share of the monthly contract value, and caps as shares of the year's charges", () => {
    expect(creditPrice({ ...DEFAULT_POLICY, creditBasis: 'contract-schedule' }, wiltshire)).toEqual({
      basis: 'contract-schedule',
      perBreachedMonthPence: 258_333,
      capPerKpiPence: 12_400_000,
      capTotalPence: 31_000_000,
    });
  });

  it("keeps the policy's fixed sums unless the policy prices on the contract and a contract is known for the holder and month", () => {
    const fixed = { basis: 'fixed', perBreachedMonthPence: 250_000, capPerKpiPence: 750_000, capTotalPence: 2_000_000 };
    expect(creditPrice(DEFAULT_POLICY, wiltshire)).toEqual(fixed);
    expect(creditPrice({ ...DEFAULT_POLICY, creditBasis: 'fixed' }, wiltshire)).toEqual(fixed);
    expect(creditPrice({ ...DEFAULT_POLICY, creditBasis: 'contract-schedule' }, undefined)).toEqual(fixed);
  });

  it('caps a contract-priced credit at the room left in the year, to the penny', () => {
    const price = creditPrice({ ...DEFAULT_POLICY, creditBasis: 'contract-schedule' }, wiltshire);
    expect(creditAfterCaps(price, 12_300_000, 12_300_000)).toEqual({ amountPence: 100_000, uncappedPence: 258_333, reachesCap: true });
    expect(creditAfterCaps(price, 0, 30_900_000)).toEqual({ amountPence: 100_000, uncappedPence: 258_333, reachesCap: true });
  });
});

describe('settling withheld credits (ADR 0018)', () => {
  it('retains them when a case recovers unless the policy releases them, and releases them when a case is withdrawn', () => {
    expect(settlementOnClose(DEFAULT_POLICY, 'recovered')).toBe('retained');
    expect(settlementOnClose({ onRecovery: 'retain' }, 'recovered')).toBe('retained');
    expect(settlementOnClose({ onRecovery: 'release' }, 'recovered')).toBe('released');
    expect(settlementOnClose(DEFAULT_POLICY, 'withdrawn')).toBe('released');
  });

  it('settles only a credit still held from the payment: withheld, or withheld at an adjusted sum', () => {
    expect(isUnsettled('withheld')).toBe(true);
    expect(isUnsettled('adjusted')).toBe(true);
    for (const status of ['accrued', 'reversed', 'waived', 'released', 'retained'] as const) expect(isUnsettled(status)).toBe(false);
  });
});

describe('an escalation policy', () => {
  it('is sound by default', () => {
    expect(policyProblems(DEFAULT_POLICY)).toEqual([]);
  });

  it('names each unsound setting', () => {
    const problems = policyProblems({
      ...DEFAULT_POLICY,
      improvementNoticeDays: 5,
      creditCapPerKpiPence: 3_000_000,
      creditPerBreachedMonthPence: 4_000_000,
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['improvementNoticeDays', 'creditCapPerKpiPence', 'creditPerBreachedMonthPence']);
  });
});
