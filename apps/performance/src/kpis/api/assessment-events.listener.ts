import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  AssessmentCommenced, AssessmentCompleted, AssessmentContacted, AssessmentRefused, AssessmentRequested, ReviewCompleted, SupportPlanAgreed, Topics,
  YoungCarerIdentified,
} from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { AssessmentEvents } from '../application/assessment-events';
import { Measurement } from '../application/measurement';
import { Touched } from '../application/touched';

@Controller()
export class AssessmentEventsListener {
  constructor(private readonly events: AssessmentEvents, private readonly measurement: Measurement) {}

  @EventPattern(Topics.assessmentsAssessment)
  async onAssessmentEvent(@Payload() delivery: Delivery) {
    const touched = new Touched();
    await delivery.dispatch({
      [AssessmentRequested.type]: (e, tx) => this.events.requested(tx, e, touched),
      [AssessmentContacted.type]: (e, tx) => this.events.contacted(tx, e, touched),
      [AssessmentCommenced.type]: (e, tx) => this.events.commenced(tx, e, touched),
      [AssessmentCompleted.type]: (e, tx) => this.events.completed(tx, e, touched),
      [AssessmentRefused.type]: (e, tx) => this.events.refused(tx, e, touched),
      [SupportPlanAgreed.type]: (e, tx) => this.events.planAgreed(tx, e, touched),
      [ReviewCompleted.type]: (e, tx) => this.events.reviewed(tx, e, touched),
      [YoungCarerIdentified.type]: (e, tx) => this.events.youngCarerIdentified(tx, e, touched),
    });
    // the batch's tally changes, in the same transaction as its facts; the measurement worker measures them
    if (!delivery.failure) await this.measurement.apply(delivery.tx, touched);
  }
}
