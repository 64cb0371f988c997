import { parse } from 'csv-parse/sync';
import { CreditView } from '../application/board-views.repository';
import { creditLedgerCsv } from './credit-ledger.response';

const credit = (over: Partial<CreditView>): CreditView => ({
  id: '6f0c8f8e-4c1b-4b7e-9a55-0a4c1d2e3f40',
  caseId: '0a7c2b8e-1d2f-4e5a-8b9c-7d6e5f4a3b21',
  providerId: 'carers-together-consortium',
  kpiId: 'assessment-commenced-14-days',
  period: '2026-10',
  financialYear: '2026-04',
  amountPence: 250_000,
  originalPence: 250_000,
  uncappedPence: 250_000,
  status: 'withheld',
  accruedOn: '2026-11-02',
  adjustmentReason: null,
  withheldOn: '2026-11-10',
  reversedOn: null,
  reversalReason: null,
  settledOn: null,
  settlementReason: null,
  basis: 'contract-schedule',
  ...over,
});

describe('the credits ledger for finance (ADR 0018)', () => {
  it('gives one row per credit with its life, in pence and in pounds, and the reason that moved it, quoting what needs quoting', () => {
    const csv = creditLedgerCsv('E06000054', [
      credit({}),
      credit({ period: '2026-11', status: 'released', settledOn: '2027-02-01', settlementReason: 'plan delivered, "in full"' }),
      credit({ period: '2026-12', status: 'adjusted', amountPence: 123_456, adjustmentReason: 'agreed, part relief' }),
      credit({ period: '2027-01', status: 'waived', amountPence: 0, adjustmentReason: '=HYPERLINK("http://evil.example","open")' }),
    ]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
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
    ]);
    expect(rows.map((r) => [r['period'], r['status'], r['amount_pence'], r['amount_gbp'], r['settled_on'], r['reason']])).toEqual([
      ['2026-10', 'withheld', '250000', '2500.00', '', ''],
      ['2026-11', 'released', '250000', '2500.00', '2027-02-01', 'plan delivered, "in full"'],
      ['2026-12', 'adjusted', '123456', '1234.56', '', 'agreed, part relief'],
      // an officer's reason that starts like a formula is shown, never run (issue 21, finding 12)
      ['2027-01', 'waived', '0', '0.00', '', `'=HYPERLINK("http://evil.example","open")`],
    ]);
    expect(rows.every((r) => r['council'] === 'E06000054')).toBe(true);
    expect(creditLedgerCsv('E06000054', []).trim().split(',')).toEqual(Object.keys(rows[0]));
  });
});
