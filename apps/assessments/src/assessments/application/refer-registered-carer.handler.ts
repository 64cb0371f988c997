import { Injectable } from '@nestjs/common';
import { CarerRegistered, CloudEvent } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { RecordRegisteredCarerHandler } from '../../carers/application/record-registered-carer.handler';
import { RequestAssessmentHandler } from './request-assessment.handler';
import { councilScope } from '@carers/platform/auth';

/** A carer registered: recorded in assessments' projection of the register, then requested an assessment if they asked for one on registering. */
@Injectable()
export class ReferRegisteredCarerHandler {
  constructor(
    private readonly recordRegistered: RecordRegisteredCarerHandler,
    private readonly request: RequestAssessmentHandler,
  ) {}

  async execute(tx: Tx, event: CloudEvent<CarerRegistered>): Promise<void> {
    await this.recordRegistered.execute(tx, event);
    if (event.data.assessmentRequested) {
      await this.request.within(tx, councilScope(tx.tenantId), {
        carerId: event.data.carerId,
        route: 'registration',
        requestedOn: event.data.registeredOn,
      });
    }
  }
}
