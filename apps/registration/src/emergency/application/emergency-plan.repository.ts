import { Tx } from '@carers/platform/persistence';
import { EmergencyPlan } from '../domain/emergency-plan';

export const EMERGENCY_PLANS = Symbol('EmergencyPlanRepository');

export interface CardAccess {
  planId: string;
  action: 'lookup' | 'activation';
  bySubject: string;
  byRole: string;
  reason?: string;
}

export interface EmergencyPlanRepository {
  add(tx: Tx, plan: EmergencyPlan): Promise<void>;
  forCarer(tx: Tx, carerId: string): Promise<EmergencyPlan | undefined>;
  byCardNumber(tx: Tx, cardNumber: string): Promise<EmergencyPlan | undefined>;
  recordAccess(tx: Tx, access: CardAccess): Promise<void>;
  accessLog(tx: Tx, planId: string): Promise<(CardAccess & { at: string })[]>;
  /** Plans whose review date has come and whose reminder has not been sent for that date; locked for this transaction. */
  claimDueReviews(tx: Tx, today: string, limit: number): Promise<EmergencyPlan[]>;
  markReviewNotified(tx: Tx, planId: string, reviewDueOn: string): Promise<void>;
}
