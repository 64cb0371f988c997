import { Injectable } from '@nestjs/common';
import {
  CarerDeregistered,
  CarerMerged,
  CarerRegistered,
  CarerUpdated,
  CaringRelationshipEnded,
  CaringRelationshipStarted,
  ProviderAllocated,
  Topics,
  YoungCarerTransitionDue,
} from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { RecordProviderAllocationHandler } from '../../carers/application/record-provider-allocation.handler';
import { CloseRequestsOfLeaverHandler } from '../application/close-requests-of-leaver.handler';
import { ReferRegisteredCarerHandler } from '../application/refer-registered-carer.handler';
import { ReofferAssessmentHandler } from '../application/reoffer-assessment.handler';
import { RequestTransitionAssessmentHandler } from '../application/request-transition-assessment.handler';

/** Registration's events: the projection of the register, and the requests they open. */
@Injectable()
export class RegistrationEventsListener {
  constructor(
    private readonly referRegistered: ReferRegisteredCarerHandler,
    private readonly requestTransition: RequestTransitionAssessmentHandler,
    private readonly recordAllocation: RecordProviderAllocationHandler,
    private readonly reoffer: ReofferAssessmentHandler,
    private readonly closeRequests: CloseRequestsOfLeaverHandler,
  ) {}

  @Listens(Topics.registrationCarer)
  carerRoutes() {
    return new EventRoutes()
      .on(CarerRegistered, (event, tx) => this.referRegistered.execute(tx, event))
      .on(YoungCarerTransitionDue, (event, tx) => this.requestTransition.execute(tx, event))
      .on(ProviderAllocated, (event, tx) => this.recordAllocation.execute(tx, event))
      .on(CaringRelationshipStarted, (event, tx) => this.reoffer.execute(tx, event))
      .on(CaringRelationshipEnded, (event, tx) => this.reoffer.execute(tx, event))
      .on(CarerUpdated, (event, tx) => this.reoffer.execute(tx, event))
      .on(CarerDeregistered, (event, tx) => this.closeRequests.left(tx, event))
      .on(CarerMerged, (event, tx) => this.closeRequests.merged(tx, event));
  }
}
