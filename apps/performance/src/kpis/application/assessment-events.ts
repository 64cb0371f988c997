import { Injectable } from '@nestjs/common';
import {
  AssessmentCommenced, AssessmentCompleted, AssessmentContacted, AssessmentRefused, AssessmentRequested, CloudEvent, ReviewCompleted, SupportPlanAgreed,
  YoungCarerIdentified,
} from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentFact } from '../domain/facts';
import { assessmentContributions, reviewContributions } from '../domain/tally';
import { PerformanceStore } from './performance-store';
import { Touched } from './touched';

/** Turns assessments' events into the facts KPIs are computed from, and notes what each moved in the tallies. */
@Injectable()
export class AssessmentEvents {
  constructor(private readonly store: PerformanceStore) {}

  requested(tx: Tx, e: CloudEvent<AssessmentRequested>, touched: Touched) {
    const d = e.data;
    return this.record(tx, { assessmentId: d.assessmentId, providerId: d.providerId, fastTrack: d.fastTrack, requestedOn: d.requestedOn }, touched);
  }

  contacted(tx: Tx, e: CloudEvent<AssessmentContacted>, touched: Touched) {
    return this.record(tx, { assessmentId: e.data.assessmentId, contactedOn: e.data.contactedOn }, touched);
  }

  commenced(tx: Tx, e: CloudEvent<AssessmentCommenced>, touched: Touched) {
    return this.record(tx, { assessmentId: e.data.assessmentId, commencedOn: e.data.commencedOn }, touched);
  }

  completed(tx: Tx, e: CloudEvent<AssessmentCompleted>, touched: Touched) {
    return this.record(tx, { assessmentId: e.data.assessmentId, completedOn: e.data.completedOn }, touched);
  }

  refused(tx: Tx, e: CloudEvent<AssessmentRefused>, touched: Touched) {
    return this.record(tx, { assessmentId: e.data.assessmentId, refusedOn: e.data.refusedOn }, touched);
  }

  planAgreed(tx: Tx, e: CloudEvent<SupportPlanAgreed>, touched: Touched) {
    return this.record(tx, { assessmentId: e.data.assessmentId, planAgreedOn: e.data.agreedOn }, touched);
  }

  youngCarerIdentified(tx: Tx, e: CloudEvent<YoungCarerIdentified>, touched: Touched) {
    return this.record(tx, { assessmentId: e.data.assessmentId, youngCarerIdentifiedOn: e.data.identifiedOn }, touched);
  }

  async reviewed(tx: Tx, e: CloudEvent<ReviewCompleted>, touched: Touched) {
    const d = e.data;
    const total = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);
    const review = {
      reviewId: d.reviewId, assessmentId: d.assessmentId, providerId: d.providerId, reviewType: d.reviewType, dueOn: d.dueOn, completedOn: d.completedOn,
      improved: total(d.scores) > total(d.entryScores),
    };
    if (await this.store.recordReview(tx, review)) touched.add(d.providerId, [], reviewContributions(review));
  }

  private async record(tx: Tx, fact: Partial<AssessmentFact> & { assessmentId: string }, touched: Touched) {
    const change = await this.store.recordAssessment(tx, fact);
    // assessments publishes each assessment's events in order under its id, so the request is always recorded first
    if (change) touched.add(change.after.providerId, assessmentContributions(change.before), assessmentContributions(change.after));
  }
}
