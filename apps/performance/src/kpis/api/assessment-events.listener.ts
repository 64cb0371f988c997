import { Injectable } from '@nestjs/common';
import {
  AssessmentCommenced, AssessmentCompleted, AssessmentContacted, AssessmentRefused, AssessmentRequested, ReviewCompleted, SupportPlanAgreed, Topics,
  YoungCarerIdentified,
} from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { AssessmentEvents } from '../application/assessment-events';
import { Measurement } from '../application/measurement';
import { Touched } from '../application/touched';

@Injectable()
export class AssessmentEventsListener {
  constructor(private readonly events: AssessmentEvents, private readonly measurement: Measurement) {}

  @Listens(Topics.assessmentsAssessment)
  assessmentRoutes() {
    return new EventRoutes(() => new Touched())
      .on(AssessmentRequested, (e, tx, touched) => this.events.requested(tx, e, touched))
      .on(AssessmentContacted, (e, tx, touched) => this.events.contacted(tx, e, touched))
      .on(AssessmentCommenced, (e, tx, touched) => this.events.commenced(tx, e, touched))
      .on(AssessmentCompleted, (e, tx, touched) => this.events.completed(tx, e, touched))
      .on(AssessmentRefused, (e, tx, touched) => this.events.refused(tx, e, touched))
      .on(SupportPlanAgreed, (e, tx, touched) => this.events.planAgreed(tx, e, touched))
      .on(ReviewCompleted, (e, tx, touched) => this.events.reviewed(tx, e, touched))
      .on(YoungCarerIdentified, (e, tx, touched) => this.events.youngCarerIdentified(tx, e, touched))
      // the batch's tally changes, in the same transaction as its facts; the measurement worker measures them
      .after((tx, touched) => this.measurement.apply(tx, touched));
  }
}
