import { Injectable } from '@nestjs/common';
import { CarerUpdated, CaringRelationshipEnded, CaringRelationshipStarted, CloudEvent } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentRepository } from './assessment.repository';
import { RequestAssessmentHandler } from './request-assessment.handler';
import { councilScope } from '@carers/platform/auth';

export type CircumstancesChanged = CloudEvent<CaringRelationshipStarted | CaringRelationshipEnded | CarerUpdated>;

/** Care Act s11(5)-(7): a refusal ends the duty until circumstances change; when they do, the assessment is offered again. */
@Injectable()
export class ReofferAssessmentHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly request: RequestAssessmentHandler,
  ) {}

  async execute(tx: Tx, event: CircumstancesChanged): Promise<void> {
    if (event.type === CarerUpdated.type && !(event.data as CarerUpdated).changedFields.includes('hoursBand')) return;
    const history = await this.assessments.forCarer(tx, event.data.carerId);
    const latest = history.at(-1);
    if (latest?.status !== 'refused') return;
    await this.request.within(tx, councilScope(tx.tenantId), {
      carerId: event.data.carerId,
      type: latest.facts.type,
      route: 're-offer',
      providerId: latest.facts.providerId,
    });
  }
}
