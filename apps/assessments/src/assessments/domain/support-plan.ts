import { WELLBEING_DOMAINS } from '@carers/contracts';
import { IllegalTransitionError, InvalidAssessmentError } from './assessment.errors';
import { Assessment } from './assessment';

export interface PlannedService {
  /** CLD service type, component and delivery mechanism. */
  serviceType: string;
  component: string;
  deliveryMechanism: string;
}

/** The content Care Act s25 requires of a support plan. */
export interface SupportPlanDetails {
  needs: string[];
  eligibleNeeds: string[];
  needsToBeMet: { need: string; how: string }[];
  personalBudget?: number;
  directPayment?: { amount: number; frequency: 'weekly' | 'four-weekly' | 'monthly' | 'one-off' };
  services: PlannedService[];
  preventionAdvice?: string;
  involved: string[];
  /** For a plan recorded in a provider's own system: whether it includes a direct payment. */
  reportedDirectPayment?: boolean;
  recordedIn?: string;
}

export const hasDirectPayment = (d: SupportPlanDetails) => !!d.directPayment || !!d.reportedDirectPayment;

export interface SupportPlan {
  id: string;
  assessmentId: string;
  carerId: string;
  providerId?: string;
  agreedOn: string;
  details: SupportPlanDetails;
  entryScores: Record<string, number>;
}

/** Agrees a plan for a completed assessment; checks what s25 asks for. */
export function agreePlan(
  id: string,
  assessment: Assessment,
  agreedOn: string,
  details: SupportPlanDetails,
  entryScores: Record<string, number>,
  today: string,
): SupportPlan {
  const f = assessment.facts;
  if (!f.completedOn) throw new IllegalTransitionError('a support plan follows a completed assessment');
  if (f.determination && !f.determination.eligible)
    throw new IllegalTransitionError('no need is eligible: the carer gets the written advice (s13(5)), not a support plan');
  if (agreedOn < f.completedOn) throw new InvalidAssessmentError(`agreedOn is before the assessment was completed (${f.completedOn})`);
  if (agreedOn > today) throw new InvalidAssessmentError('agreedOn cannot be in the future');
  const strange = details.eligibleNeeds.filter((n) => !details.needs.includes(n));
  if (strange.length) throw new InvalidAssessmentError(`eligibleNeeds must be among needs: ${strange.join(', ')}`);
  const unmet = details.needsToBeMet.map((m) => m.need).filter((n) => !details.needs.includes(n));
  if (unmet.length) throw new InvalidAssessmentError(`needsToBeMet must be among needs: ${unmet.join(', ')}`);
  if (
    details.directPayment &&
    details.personalBudget !== undefined &&
    details.directPayment.frequency === 'one-off' &&
    details.directPayment.amount > details.personalBudget
  ) {
    throw new InvalidAssessmentError('a one-off direct payment cannot exceed the personal budget');
  }
  const missing = WELLBEING_DOMAINS.filter((d) => !(d in entryScores));
  if (missing.length) throw new InvalidAssessmentError(`entryScores lacks ${missing.join(', ')}`);
  return { id, assessmentId: f.id, carerId: f.carerId, providerId: f.providerId, agreedOn, details, entryScores };
}
