import { Injectable } from '@nestjs/common';
import {
  ProviderAssessmentCommenced,
  ProviderAssessmentCompleted,
  ProviderAssessmentContacted,
  ProviderReviewCompleted,
  ProviderSupportPlanAgreed,
  Topics,
} from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { ApplyProviderReportHandler } from '../application/apply-provider-report.handler';
import { RecordProviderPlanHandler } from '../application/record-provider-plan.handler';
import { RecordProviderReviewHandler } from '../application/record-provider-review.handler';

/** Consortium members' systems reporting their delegated work. Anything refused is parked and the sender told why. */
@Injectable()
export class ProviderActivityListener {
  constructor(
    private readonly applyReport: ApplyProviderReportHandler,
    private readonly recordPlan: RecordProviderPlanHandler,
    private readonly recordReview: RecordProviderReviewHandler,
  ) {}

  @Listens(Topics.providerAssessmentActivity)
  activityRoutes() {
    return new EventRoutes()
      .on(ProviderAssessmentContacted, (e, tx) => this.applyReport.execute(tx, e))
      .on(ProviderAssessmentCommenced, (e, tx) => this.applyReport.execute(tx, e))
      .on(ProviderAssessmentCompleted, (e, tx) => this.applyReport.execute(tx, e))
      .on(ProviderSupportPlanAgreed, (e, tx) => this.recordPlan.execute(tx, e))
      .on(ProviderReviewCompleted, (e, tx) => this.recordReview.execute(tx, e));
  }
}
