import { Injectable } from '@nestjs/common';
import {
  ProviderAssessmentCommenced, ProviderAssessmentCompleted, ProviderAssessmentContacted, ProviderReviewCompleted, ProviderSupportPlanAgreed, Topics,
} from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { ProviderActivity } from '../application/provider-activity';

/** Consortium members' systems reporting their delegated work. */
@Injectable()
export class ProviderActivityListener {
  constructor(private readonly activity: ProviderActivity) {}

  @Listens(Topics.providerAssessmentActivity)
  activityRoutes() {
    return new EventRoutes()
      .on(ProviderAssessmentContacted, (e, tx) => this.activity.contacted(tx, e))
      .on(ProviderAssessmentCommenced, (e, tx) => this.activity.commenced(tx, e))
      .on(ProviderAssessmentCompleted, (e, tx) => this.activity.completed(tx, e))
      .on(ProviderSupportPlanAgreed, (e, tx) => this.activity.planAgreed(tx, e))
      .on(ProviderReviewCompleted, (e, tx) => this.activity.reviewed(tx, e));
  }
}
