import { Injectable } from '@nestjs/common';
import { CarerRegistered, CarerUpdated, CaringRelationshipEnded, CaringRelationshipStarted, ProviderAllocated, Topics, YoungCarerTransitionDue } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { RecordRegisteredCarerHandler } from '../../carers/application/record-registered-carer.handler';
import { RegistrationReferrals } from '../application/registration-referrals';

/** Registration's events: the projection of the register, and the requests they open. */
@Injectable()
export class RegistrationEventsListener {
  constructor(private readonly recordRegistered: RecordRegisteredCarerHandler, private readonly referrals: RegistrationReferrals) {}

  @Listens(Topics.registrationCarer)
  carerRoutes() {
    return new EventRoutes()
      .on(CarerRegistered, async (event, tx) => {
        await this.recordRegistered.execute(tx, event);
        await this.referrals.registered(tx, event);
      })
      .on(YoungCarerTransitionDue, (event, tx) => this.referrals.transitionDue(tx, event))
      .on(ProviderAllocated, (event, tx) => this.referrals.providerAllocated(tx, event))
      .on(CaringRelationshipStarted, (event, tx) => this.referrals.circumstancesChanged(tx, event))
      .on(CaringRelationshipEnded, (event, tx) => this.referrals.circumstancesChanged(tx, event))
      .on(CarerUpdated, (event, tx) => this.referrals.circumstancesChanged(tx, event));
  }
}
