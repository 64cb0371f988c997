import { csvDocument } from '@carers/platform/service';
import { CreditView } from '../application/board-views.repository';

const pounds = (pence: number) => (pence / 100).toFixed(2);

/** The header finance's import reads, even for a ledger with no credits yet. */
const LEDGER_COLUMNS = [
  'council',
  'credit_id',
  'case_id',
  'provider',
  'kpi',
  'period',
  'financial_year',
  'status',
  'original_pence',
  'amount_pence',
  'amount_gbp',
  'basis',
  'accrued_on',
  'withheld_on',
  'reversed_on',
  'settled_on',
  'reason',
] as const;

/**
 * The credits ledger for finance (ADR 0018): one row per credit with its whole life, amounts in pence (exact) and
 * in pounds; rows sum to the ledger's totals to the penny. Codes and figures only, no personal data.
 */
export function creditLedgerCsv(council: string, entries: readonly CreditView[]): string {
  const rows = entries.map((e) => ({
    council,
    credit_id: e.id,
    case_id: e.caseId,
    provider: e.providerId,
    kpi: e.kpiId,
    period: e.period,
    financial_year: e.financialYear,
    status: e.status,
    original_pence: e.originalPence,
    amount_pence: e.amountPence,
    amount_gbp: pounds(e.amountPence),
    basis: e.basis,
    accrued_on: e.accruedOn,
    withheld_on: e.withheldOn ?? '',
    reversed_on: e.reversedOn ?? '',
    settled_on: e.settledOn ?? '',
    reason: e.reversalReason ?? e.settlementReason ?? e.adjustmentReason ?? '',
  }));
  return csvDocument(LEDGER_COLUMNS, rows);
}
