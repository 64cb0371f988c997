import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  ProviderAssessmentCommenced, ProviderAssessmentCompleted, ProviderAssessmentContacted, ProviderReviewCompleted, ProviderSupportPlanAgreed, Topics,
} from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { ProviderActivity } from '../application/provider-activity';

/** Consortium members' systems reporting their delegated work. */
@Controller()
export class ProviderActivityListener {
  constructor(private readonly activity: ProviderActivity) {}

  @EventPattern(Topics.providerAssessmentActivity)
  onActivity(@Payload() delivery: Delivery) {
    return delivery.dispatch({
      [ProviderAssessmentContacted.type]: (e, tx) => this.activity.contacted(tx, e),
      [ProviderAssessmentCommenced.type]: (e, tx) => this.activity.commenced(tx, e),
      [ProviderAssessmentCompleted.type]: (e, tx) => this.activity.completed(tx, e),
      [ProviderSupportPlanAgreed.type]: (e, tx) => this.activity.planAgreed(tx, e),
      [ProviderReviewCompleted.type]: (e, tx) => this.activity.reviewed(tx, e),
    });
  }
}
