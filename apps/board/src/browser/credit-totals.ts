/** Adding up the service credits ledger. Pure. */
import type { CreditTotal } from '../board-view-models.js';

/** The totals table's amounts, left to right: accrued = pending confirmation + reversed + released + waived or adjusted + net (ADR 0016, ADR 0018). */
export const TOTAL_COLUMNS = [
  'accruedPence',
  'pendingPence',
  'reversedPence',
  'releasedPence',
  'waivedOrAdjustedPence',
  'netPence',
] as const;

/** The sum of one numeric field over the rows; a missing or unreadable figure counts as nothing. */
export function sumOf<K extends string>(rows: readonly Partial<Record<K, unknown>>[], key: K): number {
  return rows.reduce((n, r) => n + (Number(r[key]) || 0), 0);
}

/** The "All providers" row: each of `TOTAL_COLUMNS` added up over the providers and years. */
export const columnSums = (totals: readonly Partial<CreditTotal>[]): number[] => TOTAL_COLUMNS.map((k) => sumOf(totals, k));

/** Credits kept from the contract's payment, after waivers and adjustments: pending, reversed and released ones cost nothing (ADR 0016, ADR 0018). */
const CHARGED = new Set(['withheld', 'waived', 'adjusted', 'retained']);

/** The entries' net: what the totals table calls net, to the penny. */
export const netOfEntries = (entries: readonly { status: string; amountPence: unknown }[]): number =>
  sumOf(
    entries.filter((e) => CHARGED.has(e.status)),
    'amountPence',
  );
