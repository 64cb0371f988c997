import { Tx } from '@carers/platform/persistence';
import { CardRefusalReason, EmergencyCard } from '../domain/emergency-card';
import { EmergencyPlan } from '../domain/emergency-plan';

export interface CardAccess {
  planId: string;
  action: 'lookup' | 'activation';
  bySubject: string;
  byRole: string;
  reason?: string;
}

/** A card number that opened nothing: who tried, when and why it failed; never the number. */
export interface CardRefusal {
  action: CardAccess['action'];
  bySubject: string;
  byRole: string;
  reason: CardRefusalReason;
  /** The plan a revoked card belonged to; none for a number no card ever had. */
  planId?: string;
}

/**
 * Carers' emergency plans, their cards, and every use of them. Card numbers go in and are matched, but are never
 * stored or read back: the implementation keeps a keyed hash of each.
 */
export abstract class EmergencyPlanRepository {
  abstract add(tx: Tx, plan: EmergencyPlan): Promise<void>;
  abstract forCarer(tx: Tx, carerId: string): Promise<EmergencyPlan | undefined>;
  /** A new card in use for the plan, under this number. */
  abstract issueCard(tx: Tx, planId: string, cardNumber: string): Promise<EmergencyCard>;
  /** The card with this number, in use or revoked, and its plan. */
  abstract byCardNumber(tx: Tx, cardNumber: string): Promise<{ card: EmergencyCard; plan: EmergencyPlan } | undefined>;
  /** The plan's card in use, locked for this transaction. */
  abstract cardInUse(tx: Tx, planId: string): Promise<EmergencyCard | undefined>;
  abstract revokeCard(tx: Tx, cardId: string, by: string, reason: string): Promise<EmergencyCard>;
  abstract recordAccess(tx: Tx, access: CardAccess): Promise<void>;
  abstract recordRefusal(tx: Tx, refusal: CardRefusal): Promise<void>;
  abstract accessLog(tx: Tx, planId: string): Promise<(CardAccess & { at: string })[]>;
  /** Plans whose review date has come and whose reminder has not been sent for that date; locked for this transaction. */
  abstract claimDueReviews(tx: Tx, today: string, limit: number): Promise<EmergencyPlan[]>;
  abstract markReviewNotified(tx: Tx, planId: string, reviewDueOn: string): Promise<void>;
}
