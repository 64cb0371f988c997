import { Injectable } from '@nestjs/common';
import {
  AssessmentCommenced, AssessmentCompleted, AssessmentContacted, AssessmentRefused, AssessmentRequested, CloudEvent, ReviewCompleted, SupportPlanAgreed,
  YoungCarerIdentified,
} from '@carers/contracts';
import { Clock } from '@carers/platform/service';
import { Tx } from '@carers/platform/persistence';
import { AssessmentFact, FactKind } from '../domain/facts';
import { monthOf, monthsTouched } from '../domain/kpi-calculation';
import { Measurement } from './measurement';
import { PerformanceStore } from './performance-store';

/** The providers and months a run of events moved, so each is measured once per batch. */
export class Touched {
  readonly months = new Map<string, Set<string>>();
  /** Which kinds of facts changed, so only the KPIs that read them are recomputed. */
  readonly kinds = new Set<FactKind>();

  add(providerId: string | undefined, months: string[], kind: FactKind = 'assessment'): void {
    if (!providerId) return;
    const set = this.months.get(providerId) ?? new Set<string>();
    months.forEach((m) => set.add(m));
    this.months.set(providerId, set);
    this.kinds.add(kind);
  }
}

/** Turns assessments' events into the facts KPIs are computed from; `measure` then recomputes what they moved. */
@Injectable()
export class AssessmentEvents {
  constructor(private readonly store: PerformanceStore, private readonly measurement: Measurement, private readonly clock: Clock) {}

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

  /** Measures, once, everything the batch's events moved. */
  async measure(tx: Tx, touched: Touched): Promise<void> {
    for (const [providerId, months] of touched.months) await this.measurement.recompute(tx, providerId, [...months].sort(), { kinds: touched.kinds });
  }

  async reviewed(tx: Tx, e: CloudEvent<ReviewCompleted>, touched: Touched) {
    const d = e.data;
    const total = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);
    const added = await this.store.recordReview(tx, {
      reviewId: d.reviewId, assessmentId: d.assessmentId, providerId: d.providerId, reviewType: d.reviewType, dueOn: d.dueOn, completedOn: d.completedOn,
      improved: total(d.scores) > total(d.entryScores),
    });
    if (added) touched.add(d.providerId, [monthOf(d.completedOn)!], 'review');
  }

  private async record(tx: Tx, fact: Partial<AssessmentFact> & { assessmentId: string }, touched: Touched) {
    const known = await this.store.recordAssessment(tx, fact);
    // assessments publishes each assessment's events in order under its id, so the request is always recorded first
    if (known) touched.add(known.providerId, monthsTouched(known, this.clock.today()));
  }
}
