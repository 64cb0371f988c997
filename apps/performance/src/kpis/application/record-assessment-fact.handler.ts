import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { AssessmentFact } from '../domain/facts';
import { assessmentContributions } from '../domain/tally';
import { Touched } from '../domain/touched';
import { PerformanceRepository } from './performance.repository';

/** What one of assessments' events says of an assessment: its request, or the date of a later step. */
export type AssessmentFactChange = Partial<AssessmentFact> & { assessmentId: string };

/** Records what an assessment event says as a fact KPIs are computed from, and notes what it moved in the provider's tallies. */
@Injectable()
export class RecordAssessmentFactHandler {
  constructor(private readonly performance: PerformanceRepository) {}

  async execute(tx: Tx, fact: AssessmentFactChange, touched: Touched): Promise<void> {
    const change = await this.performance.recordAssessment(tx, fact);
    // assessments publishes each assessment's events in order under its id, so the request is always recorded first
    if (change) touched.add(change.after.providerId, assessmentContributions(change.before), assessmentContributions(change.after));
  }
}
