import { KnownCarer } from '../application/known-carer.repository';

/** A known carer as the API shows it: providerId null when the carer has none. */
export function knownCarerView(c: KnownCarer) {
  return {
    carerId: c.carerId,
    kind: c.kind,
    ageBand: c.ageBand,
    providerId: c.providerId ?? null,
    registeredOn: c.registeredOn,
    seenAt: c.seenAt,
  };
}
