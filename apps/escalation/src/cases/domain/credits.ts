import { PolicySettings } from './escalation-policy';

/** The financial year (April to March) a month falls in, as its first month: credits are capped per year. */
export function financialYearOf(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${m >= 4 ? y : y - 1}-04`;
}

/** A month's credit after the caps: per KPI for the provider's year, and in total for the provider's year. */
export function creditAfterCaps(
  policy: PolicySettings,
  accruedForKpi: number,
  accruedInTotal: number,
): { amountPence: number; uncappedPence: number } {
  const uncappedPence = policy.creditPerBreachedMonthPence;
  const room = Math.max(0, Math.min(policy.creditCapPerKpiPence - accruedForKpi, policy.creditCapTotalPence - accruedInTotal));
  return { amountPence: Math.min(uncappedPence, room), uncappedPence };
}
