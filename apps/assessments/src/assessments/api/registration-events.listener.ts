import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CarerRegistered, CarerUpdated, CaringRelationshipEnded, CaringRelationshipStarted, ProviderAllocated, Topics, YoungCarerTransitionDue } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { RecordRegisteredCarerHandler } from '../../carers/application/record-registered-carer.handler';
import { RegistrationReferrals } from '../application/registration-referrals';

/** Registration's events: the projection of the register, and the requests they open. */
@Controller()
export class RegistrationEventsListener {
  constructor(private readonly recordRegistered: RecordRegisteredCarerHandler, private readonly referrals: RegistrationReferrals) {}

  @EventPattern(Topics.registrationCarer)
  onCarerEvent(@Payload() delivery: Delivery) {
    return delivery.dispatch({
      [CarerRegistered.type]: async (event, tx) => {
        await this.recordRegistered.execute(tx, event);
        await this.referrals.registered(tx, event);
      },
      [YoungCarerTransitionDue.type]: (event, tx) => this.referrals.transitionDue(tx, event),
      [ProviderAllocated.type]: (event, tx) => this.referrals.providerAllocated(tx, event),
      [CaringRelationshipStarted.type]: (event, tx) => this.referrals.circumstancesChanged(tx, event),
      [CaringRelationshipEnded.type]: (event, tx) => this.referrals.circumstancesChanged(tx, event),
      [CarerUpdated.type]: (event, tx) => this.referrals.circumstancesChanged(tx, event),
    });
  }
}
