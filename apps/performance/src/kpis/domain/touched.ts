import { Contribution, difference } from '../domain/tally';

/** What a run of events changed in each provider's tallies, so each provider is measured once per batch. */
export class Touched {
  readonly changes = new Map<string, Contribution[]>();

  /** A fact of this provider moved from `before` to `after` (each the fact's contributions). */
  add(providerId: string | undefined, before: Contribution[], after: Contribution[]): void {
    if (!providerId) return;
    const moved = difference(before, after);
    if (moved.length) this.changes.set(providerId, [...(this.changes.get(providerId) ?? []), ...moved]);
  }
}
