import { ReviewType } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { SupportPlan } from '../domain/support-plan';

export interface Review {
  id: string;
  planId: string;
  type: ReviewType;
  dueOn: string;
  completedOn: string;
  scores: Record<string, number>;
}

/** Support plans and their reviews. */
export abstract class SupportPlanRepository {
  abstract add(tx: Tx, plan: SupportPlan): Promise<void>;
  abstract forAssessment(tx: Tx, assessmentId: string): Promise<SupportPlan | undefined>;
  abstract addReview(tx: Tx, review: Review & { notes?: string }): Promise<boolean>;
  abstract reviews(tx: Tx, planId: string): Promise<Review[]>;
}
