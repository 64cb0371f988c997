import { CreditSettlement } from '@carers/contracts';
import { PolicySettings } from './escalation-policy';
import { CreditStatus } from './ladder';

/** The financial year (April to March) a month falls in, as its first month: credits are capped per year. */
export function financialYearOf(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${m >= 4 ? y : y - 1}-04`;
}

/**
 * A month's credit after the caps: per KPI for the provider's year, and in total for the provider's year.
 * `reachesCap` marks the one credit that uses up the room left, so the board is told of a cap once (issue 18).
 */
export function creditAfterCaps(
  policy: PolicySettings,
  accruedForKpi: number,
  accruedInTotal: number,
): { amountPence: number; uncappedPence: number; reachesCap: boolean } {
  const uncappedPence = policy.creditPerBreachedMonthPence;
  const room = Math.max(0, Math.min(policy.creditCapPerKpiPence - accruedForKpi, policy.creditCapTotalPence - accruedInTotal));
  const amountPence = Math.min(uncappedPence, room);
  return { amountPence, uncappedPence, reachesCap: amountPence > 0 && amountPence === room };
}

/** The board hears of a credit that moves money; one the caps bring to £0 is kept in the ledger without an alert (issue 18). */
export const creditIsAlerted = (amountPence: number) => amountPence > 0;

/** A credit still held from the contract's payment and not yet settled for good: withheld, or withheld at an adjusted sum (ADR 0018). */
export const isUnsettled = (status: CreditStatus) => status === 'withheld' || status === 'adjusted';

/**
 * What becomes of a case's unsettled credits when it closes (ADR 0018): on recovery, as the policy says (retained
 * unless it says release); a case withdrawn (opened in error, or superseded) releases them, since the failure
 * they were withheld for is no longer held against the provider.
 */
export function settlementOnClose(policy: Pick<PolicySettings, 'onRecovery'>, outcome: 'recovered' | 'withdrawn'): CreditSettlement {
  if (outcome === 'withdrawn') return 'released';
  return policy.onRecovery === 'release' ? 'released' : 'retained';
}
