import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  AssessmentCommenced, AssessmentCompleted, AssessmentContacted, AssessmentRefused, AssessmentRequested, ReviewCompleted, SupportPlanAgreed, Topics,
  YoungCarerIdentified,
} from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { AssessmentEvents } from '../application/assessment-events';

@Controller()
export class AssessmentEventsListener {
  constructor(private readonly events: AssessmentEvents) {}

  @EventPattern(Topics.assessmentsAssessment)
  onAssessmentEvent(@Payload() delivery: Delivery) {
    return delivery.dispatch({
      [AssessmentRequested.type]: (e, tx) => this.events.requested(tx, e),
      [AssessmentContacted.type]: (e, tx) => this.events.contacted(tx, e),
      [AssessmentCommenced.type]: (e, tx) => this.events.commenced(tx, e),
      [AssessmentCompleted.type]: (e, tx) => this.events.completed(tx, e),
      [AssessmentRefused.type]: (e, tx) => this.events.refused(tx, e),
      [SupportPlanAgreed.type]: (e, tx) => this.events.planAgreed(tx, e),
      [ReviewCompleted.type]: (e, tx) => this.events.reviewed(tx, e),
      [YoungCarerIdentified.type]: (e, tx) => this.events.youngCarerIdentified(tx, e),
    });
  }
}
