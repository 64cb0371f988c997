import { Tx } from '@carers/platform/persistence';

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

export abstract class ServiceCreditRepository {
  /** Credits already accrued in the financial year: on this KPI, and on all of the provider's. */
  abstract yearToDate(tx: Tx, providerId: string, kpiId: string, financialYear: string): Promise<{ kpi: number; total: number }>;
  /** False when the case already has a credit for the month. */
  abstract accrue(tx: Tx, credit: NewCredit): Promise<boolean>;
  /** The credit, locked, with its case. */
  abstract forUpdate(tx: Tx, id: string): Promise<{ caseId: string; amountPence: number } | undefined>;
  abstract adjust(tx: Tx, id: string, change: CreditChange): Promise<CreditBalance>;
}
