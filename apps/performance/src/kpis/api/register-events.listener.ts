import { Injectable } from '@nestjs/common';
import { CarerDeregistered, CarerMerged, CarerRegistered, CarerUpdated, EmergencyPlanCreated, ProviderAllocated, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { Measurement } from '../application/measurement';
import { RegisterEvents } from '../application/register-events';
import { Touched } from '../application/touched';

@Injectable()
export class RegisterEventsListener {
  constructor(private readonly register: RegisterEvents, private readonly measurement: Measurement) {}

  @Listens(Topics.registrationCarer)
  carerRoutes() {
    return new EventRoutes(() => new Touched())
      .before((events, tx) => this.register.lockCarers(tx, events))
      .on(CarerRegistered, (e, tx, touched) => this.register.registered(tx, e, touched))
      .on(CarerUpdated, (e, tx, touched) => this.register.updated(tx, e, touched))
      .on(ProviderAllocated, (e, tx, touched) => this.register.allocated(tx, e, touched))
      .on(CarerDeregistered, (e, tx, touched) => this.register.deregistered(tx, e, touched))
      .on(CarerMerged, (e, tx, touched) => this.register.merged(tx, e, touched))
      .after((tx, touched) => this.measurement.apply(tx, touched));
  }

  @Listens(Topics.registrationEmergencyPlan)
  planRoutes() {
    return new EventRoutes(() => new Touched())
      .before((events, tx) => this.register.lockCarers(tx, events))
      .on(EmergencyPlanCreated, (e, tx, touched) => this.register.planCreated(tx, e, touched))
      .after((tx, touched) => this.measurement.apply(tx, touched));
  }
}
