import { creditAfterCaps, creditIsAlerted, financialYearOf, isUnsettled, settlementOnClose } from './credits';
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
    expect(creditAfterCaps(policy, 0, 0)).toEqual({ amountPence: 250_000, uncappedPence: 250_000, reachesCap: false });
    expect(creditAfterCaps(policy, 500_000, 500_000)).toEqual({ amountPence: 100_000, uncappedPence: 250_000, reachesCap: true });
    expect(creditAfterCaps(policy, 0, 900_000)).toEqual({ amountPence: 100_000, uncappedPence: 250_000, reachesCap: true });
    expect(creditAfterCaps(policy, 600_000, 600_000)).toEqual({ amountPence: 0, uncappedPence: 250_000, reachesCap: false });
  });

  it('mark the one credit that reaches a cap, even when it fills it exactly, and alert the board only for credits that move money (issue 18)', () => {
    const policy = {
      ...DEFAULT_POLICY,
      creditPerBreachedMonthPence: 250_000,
      creditCapPerKpiPence: 750_000,
      creditCapTotalPence: 2_000_000,
    };
    expect(creditAfterCaps(policy, 500_000, 500_000)).toMatchObject({ amountPence: 250_000, reachesCap: true });
    expect(creditAfterCaps(policy, 750_000, 750_000)).toMatchObject({ amountPence: 0, reachesCap: false });
    expect(creditIsAlerted(250_000)).toBe(true);
    expect(creditIsAlerted(0)).toBe(false);
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
