import { Injectable } from '@nestjs/common';
import { CloudEvent, YoungCarerTransitionDue } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentRepository } from './assessment.repository';
import { RequestAssessmentHandler } from './request-assessment.handler';
import { councilScope } from '@carers/platform/auth';

/** Care Act s63: a young carer nearing 18 is offered a transition assessment, once, unless one is already open or done. */
@Injectable()
export class RequestTransitionAssessmentHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly request: RequestAssessmentHandler,
  ) {}

  async execute(tx: Tx, event: CloudEvent<YoungCarerTransitionDue>): Promise<void> {
    const existing = await this.assessments.forCarer(tx, event.data.carerId);
    if (existing.some((a) => a.facts.type === 'young-carer-transition' && a.status !== 'refused')) return;
    await this.request.within(tx, councilScope(tx.tenantId), {
      carerId: event.data.carerId,
      type: 'young-carer-transition',
      route: 'transition-due',
      requestedOn: event.data.dueOn,
    });
  }
}
