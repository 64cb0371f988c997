import { CreditReversal, CreditSettlement } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { CreditBasis } from '../domain/credits';
import { CreditStatus } from '../domain/ladder';

export interface NewCredit {
  id: string;
  caseId: string;
  providerId: string;
  kpiId: string;
  period: string;
  financialYear: string;
  amountPence: number;
  uncappedPence: number;
  accruedOn: string;
  reachesCap: boolean;
  /** How the credit was priced (ADR 0018). */
  basis: CreditBasis;
}

/** A case's credit for one month, as the ladder carries it on. */
export interface MonthCredit {
  id: string;
  status: CreditStatus;
  amountPence: number;
  uncappedPence: number;
  reachesCap: boolean;
}

export interface CreditBalance {
  id: string;
  amountPence: number;
  originalPence: number;
  status: string;
}

export interface CreditChange {
  toPence: number;
  status: 'waived' | 'adjusted';
  by: string;
  reason: string;
}

/** A credit as it stands, for settling it. */
export interface HeldCredit {
  id: string;
  caseId: string;
  period: string;
  status: CreditStatus;
  amountPence: number;
}

export interface Settlement {
  settlement: CreditSettlement;
  on: string;
  by: string;
  reason: string;
}

export abstract class ServiceCreditRepository {
  /** Credits in the financial year, reversed ones left out: on this KPI, and on all of the provider's. */
  abstract yearToDate(tx: Tx, providerId: string, kpiId: string, financialYear: string): Promise<{ kpi: number; total: number }>;
  /** False when the case already has a credit for the month. */
  abstract accrue(tx: Tx, credit: NewCredit): Promise<boolean>;
  abstract forMonth(tx: Tx, caseId: string, period: string): Promise<MonthCredit | undefined>;
  /** An accrued credit's month was confirmed in breach (ADR 0016). */
  abstract withhold(tx: Tx, id: string, on: string): Promise<void>;
  /** An accrued credit's month was cleared before it was confirmed (ADR 0016). */
  abstract reverse(tx: Tx, id: string, reason: CreditReversal, on: string): Promise<void>;
  /** The credit, locked, with its case. */
  abstract forUpdate(tx: Tx, id: string): Promise<HeldCredit | undefined>;
  /** The case's credits still held from the payment and not yet settled (ADR 0018), locked. */
  abstract unsettledOf(tx: Tx, caseId: string): Promise<HeldCredit[]>;
  /** Releases or retains a held credit for good (ADR 0018). */
  abstract settle(tx: Tx, id: string, s: Settlement): Promise<void>;
  abstract adjust(tx: Tx, id: string, change: CreditChange): Promise<CreditBalance>;
}
