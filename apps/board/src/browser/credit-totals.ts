/** Adding up the service credits ledger. Pure. */

/** The sum of one numeric field over the rows; a missing or unreadable figure counts as nothing. */
export function sumOf<K extends string>(rows: readonly Partial<Record<K, unknown>>[], key: K): number {
  return rows.reduce((n, r) => n + (Number(r[key]) || 0), 0);
}
