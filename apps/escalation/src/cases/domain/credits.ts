import { CreditSettlement } from '@carers/contracts';
import { PolicySettings } from './escalation-policy';
import { CreditStatus } from './ladder';

/** The financial year (April to March) a month falls in, as its first month: credits are capped per year. */
export function financialYearOf(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${m >= 4 ? y : y - 1}-04`;
}

/** A contract's value and service credit schedule, as performance holds them (ADR 0018). */
export interface ContractTerms {
  annualValuePence: number;
  /** A breached month's credit, as a percentage of the monthly contract value. */
  perBreachedMonthPercent: number;
  /** Caps for a financial year, as percentages of the annual value: per KPI and in total. */
  capPerKpiPercent: number;
  capTotalPercent: number;
}

export type CreditBasis = 'fixed' | 'contract-schedule';

/** What a breached month costs and the year's caps, in pence, and what they were worked out from. */
export interface CreditPrice {
  basis: CreditBasis;
  perBreachedMonthPence: number;
  capPerKpiPence: number;
  capTotalPence: number;
}

const shareOf = (pence: number, percent: number) => Math.round((pence * percent) / 100);

/**
 * A month's credit priced as the policy says (ADR 0018): with `creditBasis: 'contract-schedule'`, the schedule's share
 * of the monthly contract value (a twelfth of the annual value), capped per KPI and in total as shares of the year's
 * charges; otherwise, or while no contract is known for the holder and month, the policy's fixed sums.
 */
export function creditPrice(policy: PolicySettings, contract: ContractTerms | undefined): CreditPrice {
  if (policy.creditBasis === 'contract-schedule' && contract)
    return {
      basis: 'contract-schedule',
      perBreachedMonthPence: shareOf(contract.annualValuePence / 12, contract.perBreachedMonthPercent),
      capPerKpiPence: shareOf(contract.annualValuePence, contract.capPerKpiPercent),
      capTotalPence: shareOf(contract.annualValuePence, contract.capTotalPercent),
    };
  return {
    basis: 'fixed',
    perBreachedMonthPence: policy.creditPerBreachedMonthPence,
    capPerKpiPence: policy.creditCapPerKpiPence,
    capTotalPence: policy.creditCapTotalPence,
  };
}

/**
 * A month's credit after the caps: per KPI for the provider's year, and in total for the provider's year.
 * `reachesCap` marks the one credit that uses up the room left, so the board is told of a cap once (issue 18).
 */
export function creditAfterCaps(
  price: CreditPrice,
  accruedForKpi: number,
  accruedInTotal: number,
): { amountPence: number; uncappedPence: number; reachesCap: boolean } {
  const uncappedPence = price.perBreachedMonthPence;
  const room = Math.max(0, Math.min(price.capPerKpiPence - accruedForKpi, price.capTotalPence - accruedInTotal));
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
