import { Injectable } from '@nestjs/common';
import {
  AssessmentClosed,
  AssessmentCommenced,
  AssessmentCompleted,
  AssessmentContacted,
  AssessmentRefused,
  AssessmentRequested,
  ReviewCompleted,
  SupportPlanAgreed,
  Topics,
  YoungCarerIdentified,
} from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { NoteTallyChangesHandler } from '../application/note-tally-changes.handler';
import { RecordAssessmentFactHandler } from '../application/record-assessment-fact.handler';
import { RecordReviewHandler } from '../application/record-review.handler';
import { Touched } from '../domain/touched';

/** Assessments' events, as the facts KPIs are computed from (ids, dates and flags only). */
@Injectable()
export class AssessmentEventsListener {
  constructor(
    private readonly record: RecordAssessmentFactHandler,
    private readonly review: RecordReviewHandler,
    private readonly note: NoteTallyChangesHandler,
  ) {}

  @Listens(Topics.assessmentsAssessment)
  assessmentRoutes() {
    return (
      new EventRoutes(() => new Touched())
        .on(AssessmentRequested, ({ data: d }, tx, touched) =>
          this.record.execute(
            tx,
            { assessmentId: d.assessmentId, providerId: d.providerId, fastTrack: d.fastTrack, requestedOn: d.requestedOn },
            touched,
          ),
        )
        .on(AssessmentContacted, ({ data: d }, tx, touched) =>
          this.record.execute(tx, { assessmentId: d.assessmentId, contactedOn: d.contactedOn }, touched),
        )
        .on(AssessmentCommenced, ({ data: d }, tx, touched) =>
          this.record.execute(tx, { assessmentId: d.assessmentId, commencedOn: d.commencedOn }, touched),
        )
        .on(AssessmentCompleted, ({ data: d }, tx, touched) =>
          this.record.execute(tx, { assessmentId: d.assessmentId, completedOn: d.completedOn }, touched),
        )
        .on(AssessmentRefused, ({ data: d }, tx, touched) =>
          this.record.execute(tx, { assessmentId: d.assessmentId, refusedOn: d.refusedOn }, touched),
        )
        .on(AssessmentClosed, ({ data: d }, tx, touched) =>
          this.record.execute(tx, { assessmentId: d.assessmentId, closedOn: d.closedOn }, touched),
        )
        .on(SupportPlanAgreed, ({ data: d }, tx, touched) =>
          this.record.execute(tx, { assessmentId: d.assessmentId, planAgreedOn: d.agreedOn }, touched),
        )
        .on(ReviewCompleted, ({ data }, tx, touched) => this.review.execute(tx, data, touched))
        .on(YoungCarerIdentified, ({ data: d }, tx, touched) =>
          this.record.execute(tx, { assessmentId: d.assessmentId, youngCarerIdentifiedOn: d.identifiedOn }, touched),
        )
        // the batch's tally changes, in the same transaction as its facts; the measurement worker measures them
        .after((tx, touched) => this.note.execute(tx, touched))
    );
  }
}
