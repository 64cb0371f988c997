import { NoCardInUseError } from './emergency-plan.errors';

/**
 * One card of an emergency plan. A plan has at most one card in use; a lost or replaced card is revoked, never
 * deleted, so a later use of it is refused and recorded. The register keeps no card's number, only a keyed hash.
 */
export interface EmergencyCard {
  id: string;
  planId: string;
  issuedAt: string;
  revokedAt?: string;
}

/** Why a card number opened nothing. */
export type CardRefusalReason = 'unknown-card' | 'revoked-card';

/** The plan's card in use, which a revocation needs. */
export function cardToRevoke(carerId: string, card: EmergencyCard | undefined): EmergencyCard {
  if (!card || card.revokedAt) throw new NoCardInUseError(carerId);
  return card;
}
