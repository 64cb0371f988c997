import { Tx } from '@carers/platform/persistence';
import { EmergencyPlan } from '../domain/emergency-plan';

export interface CardAccess {
  planId: string;
  action: 'lookup' | 'activation';
  bySubject: string;
  byRole: string;
  reason?: string;
}

/** Carers' emergency plans, and every use of their cards. */
export abstract class EmergencyPlanRepository {
  abstract add(tx: Tx, plan: EmergencyPlan): Promise<void>;
  abstract forCarer(tx: Tx, carerId: string): Promise<EmergencyPlan | undefined>;
  abstract byCardNumber(tx: Tx, cardNumber: string): Promise<EmergencyPlan | undefined>;
  abstract recordAccess(tx: Tx, access: CardAccess): Promise<void>;
  abstract accessLog(tx: Tx, planId: string): Promise<(CardAccess & { at: string })[]>;
  /** Plans whose review date has come and whose reminder has not been sent for that date; locked for this transaction. */
  abstract claimDueReviews(tx: Tx, today: string, limit: number): Promise<EmergencyPlan[]>;
  abstract markReviewNotified(tx: Tx, planId: string, reviewDueOn: string): Promise<void>;
}
