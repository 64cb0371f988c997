import { Injectable } from '@nestjs/common';
import {
  CloudEvent, ProviderAssessmentCommenced, ReviewType, ProviderAssessmentCompleted, ProviderAssessmentContacted, ProviderReviewCompleted, ProviderSupportPlanAgreed,
} from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentStore } from './assessment-store';
import { AssessmentNotFoundError, AssessmentWorkflow } from './assessment-workflow';
import { SupportPlanning } from './support-planning';

/** What consortium members' systems report on provider.assessment-activity.v1. Anything refused is parked and the sender told why. */
@Injectable()
export class ProviderActivity {
  constructor(private readonly workflow: AssessmentWorkflow, private readonly planning: SupportPlanning, private readonly store: AssessmentStore) {}

  contacted(tx: Tx, e: CloudEvent<ProviderAssessmentContacted>) {
    return this.workflow.applyProviderReport(tx, this.sender(e), e.data.assessmentId, { contactedOn: e.data.contactedOn });
  }

  commenced(tx: Tx, e: CloudEvent<ProviderAssessmentCommenced>) {
    return this.workflow.applyProviderReport(tx, this.sender(e), e.data.assessmentId, { contactedOn: e.data.contactedOn, commencedOn: e.data.commencedOn });
  }

  completed(tx: Tx, e: CloudEvent<ProviderAssessmentCompleted>) {
    const d = e.data;
    return this.workflow.applyProviderReport(tx, this.sender(e), d.assessmentId, {
      contactedOn: d.contactedOn, commencedOn: d.commencedOn,
      completion: { on: d.completedOn, method: d.method, covered: d.covered, eligibility: d.eligibility, childInvolvedInCaring: d.childInvolvedInCaring },
    });
  }

  async planAgreed(tx: Tx, e: CloudEvent<ProviderSupportPlanAgreed>) {
    await this.delegated(tx, this.sender(e), e.data.assessmentId);
    const d = e.data;
    // the plan's words stay in the provider's system; the platform keeps the facts it reports
    const details = { needs: [], eligibleNeeds: [], needsToBeMet: [], services: [], involved: [], recordedIn: `${d.providerId}'s system`, reportedDirectPayment: d.directPayment };
    await this.planning.agreeIn(tx, d.assessmentId, details, d.entryScores, d.agreedOn, { repeatIsNoOp: true });
  }

  async reviewed(tx: Tx, e: CloudEvent<ProviderReviewCompleted>) {
    await this.delegated(tx, this.sender(e), e.data.assessmentId);
    const d = e.data;
    await this.planning.reviewIn(tx, d.assessmentId, { reviewId: d.reviewId, type: d.reviewType as ReviewType, completedOn: d.completedOn, scores: d.scores });
  }

  /** The provider the inbound path bound the event to: the one whose topic it came on (ADR 0014). */
  private sender(e: CloudEvent<{ providerId: string }>): string {
    return e.data.providerId;
  }

  private async delegated(tx: Tx, providerId: string, assessmentId: string): Promise<void> {
    const a = await this.store.get(tx, assessmentId);
    if (!a) throw new AssessmentNotFoundError(assessmentId);
    a.mustBeDelegatedTo(providerId);
  }
}
