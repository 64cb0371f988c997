import { Injectable } from '@nestjs/common';
import { CloudEvent, ProviderAssessmentCommenced, ProviderAssessmentCompleted, ProviderAssessmentContacted } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Assessment } from '../domain/assessment';
import { AssessmentRepository } from './assessment.repository';
import { RecordMilestonesHandler } from './record-milestones.handler';

export type ProviderReport =
  CloudEvent<ProviderAssessmentContacted> | CloudEvent<ProviderAssessmentCommenced> | CloudEvent<ProviderAssessmentCompleted>;

type ProviderFacts = Parameters<Assessment['applyProviderFacts']>[0];

/** What a provider system's event reports, with the dates of the earlier steps it carries. */
function factsOf(e: ProviderReport): ProviderFacts {
  if (e.type === ProviderAssessmentCompleted.type) {
    const d = e.data as ProviderAssessmentCompleted;
    return {
      contactedOn: d.contactedOn,
      commencedOn: d.commencedOn,
      completion: {
        on: d.completedOn,
        method: d.method,
        covered: d.covered,
        eligibility: d.eligibility,
        childInvolvedInCaring: d.childInvolvedInCaring,
      },
    };
  }
  if (e.type === ProviderAssessmentCommenced.type) {
    const d = e.data as ProviderAssessmentCommenced;
    return { contactedOn: d.contactedOn, commencedOn: d.commencedOn };
  }
  return { contactedOn: (e.data as ProviderAssessmentContacted).contactedOn };
}

/**
 * A consortium member's system reporting contact, commencement or completion of delegated work, applied in the
 * inbox transaction, in any order and once; refused (parked, the sender told why) if the work is not delegated
 * to the provider whose topic it came on (ADR 0014).
 */
@Injectable()
export class ApplyProviderReportHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly milestones: RecordMilestonesHandler,
    private readonly clock: Clock,
  ) {}

  async execute(tx: Tx, e: ProviderReport): Promise<void> {
    const current = await this.assessments.found(tx, e.data.assessmentId, true);
    current.mustBeDelegatedTo(e.data.providerId);
    const { assessment, milestones } = current.applyProviderFacts(factsOf(e), this.clock.today());
    if (!milestones.length) return;
    await this.milestones.execute(tx, assessment, milestones);
  }
}
