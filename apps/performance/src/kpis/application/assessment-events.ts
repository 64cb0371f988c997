import { Injectable } from '@nestjs/common';
import {
  AssessmentCommenced, AssessmentCompleted, AssessmentContacted, AssessmentRefused, AssessmentRequested, CloudEvent, ReviewCompleted, SupportPlanAgreed,
  YoungCarerIdentified,
} from '@carers/contracts';
import { Clock } from '@carers/platform/service';
import { Tx } from '@carers/platform/persistence';
import { AssessmentFact } from '../domain/facts';
import { monthOf, monthsTouched } from '../domain/kpi-calculation';
import { Measurement } from './measurement';
import { PerformanceStore } from './performance-store';

/** Turns assessments' events into the facts KPIs are computed from, then measures what they move. */
@Injectable()
export class AssessmentEvents {
  constructor(private readonly store: PerformanceStore, private readonly measurement: Measurement, private readonly clock: Clock) {}

  requested(tx: Tx, e: CloudEvent<AssessmentRequested>) {
    const d = e.data;
    return this.record(tx, { assessmentId: d.assessmentId, providerId: d.providerId, fastTrack: d.fastTrack, requestedOn: d.requestedOn });
  }

  contacted(tx: Tx, e: CloudEvent<AssessmentContacted>) {
    return this.record(tx, { assessmentId: e.data.assessmentId, contactedOn: e.data.contactedOn });
  }

  commenced(tx: Tx, e: CloudEvent<AssessmentCommenced>) {
    return this.record(tx, { assessmentId: e.data.assessmentId, commencedOn: e.data.commencedOn });
  }

  completed(tx: Tx, e: CloudEvent<AssessmentCompleted>) {
    return this.record(tx, { assessmentId: e.data.assessmentId, completedOn: e.data.completedOn });
  }

  refused(tx: Tx, e: CloudEvent<AssessmentRefused>) {
    return this.record(tx, { assessmentId: e.data.assessmentId, refusedOn: e.data.refusedOn });
  }

  planAgreed(tx: Tx, e: CloudEvent<SupportPlanAgreed>) {
    return this.record(tx, { assessmentId: e.data.assessmentId, planAgreedOn: e.data.agreedOn });
  }

  youngCarerIdentified(tx: Tx, e: CloudEvent<YoungCarerIdentified>) {
    return this.record(tx, { assessmentId: e.data.assessmentId, youngCarerIdentifiedOn: e.data.identifiedOn });
  }

  async reviewed(tx: Tx, e: CloudEvent<ReviewCompleted>) {
    const d = e.data;
    const total = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);
    const added = await this.store.recordReview(tx, {
      reviewId: d.reviewId, assessmentId: d.assessmentId, providerId: d.providerId, reviewType: d.reviewType, dueOn: d.dueOn, completedOn: d.completedOn,
      improved: total(d.scores) > total(d.entryScores),
    });
    if (added) await this.measurement.recompute(tx, d.providerId, [monthOf(d.completedOn)!]);
  }

  private async record(tx: Tx, fact: Partial<AssessmentFact> & { assessmentId: string }) {
    const known = await this.store.recordAssessment(tx, fact);
    // assessments publishes each assessment's events in order under its id, so the request is always recorded first
    if (known) await this.measurement.recompute(tx, known.providerId, monthsTouched(known, this.clock.today()));
  }
}
