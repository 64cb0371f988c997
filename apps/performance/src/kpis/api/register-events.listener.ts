import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CarerDeregistered, CarerMerged, CarerRegistered, CarerUpdated, EmergencyPlanCreated, ProviderAllocated, Topics } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { Measurement } from '../application/measurement';
import { RegisterEvents } from '../application/register-events';
import { Touched } from '../application/touched';

@Controller()
export class RegisterEventsListener {
  constructor(private readonly register: RegisterEvents, private readonly measurement: Measurement) {}

  @EventPattern(Topics.registrationCarer)
  async onCarerEvent(@Payload() delivery: Delivery) {
    const touched = new Touched();
    await this.register.lockCarers(delivery.tx, delivery.events);
    await delivery.dispatch({
      [CarerRegistered.type]: (e, tx) => this.register.registered(tx, e, touched),
      [CarerUpdated.type]: (e, tx) => this.register.updated(tx, e, touched),
      [ProviderAllocated.type]: (e, tx) => this.register.allocated(tx, e, touched),
      [CarerDeregistered.type]: (e, tx) => this.register.deregistered(tx, e, touched),
      [CarerMerged.type]: (e, tx) => this.register.merged(tx, e, touched),
    });
    if (!delivery.failure) await this.measurement.apply(delivery.tx, touched);
  }

  @EventPattern(Topics.registrationEmergencyPlan)
  async onPlanEvent(@Payload() delivery: Delivery) {
    const touched = new Touched();
    await this.register.lockCarers(delivery.tx, delivery.events);
    await delivery.dispatch({ [EmergencyPlanCreated.type]: (e, tx) => this.register.planCreated(tx, e, touched) });
    if (!delivery.failure) await this.measurement.apply(delivery.tx, touched);
  }
}
