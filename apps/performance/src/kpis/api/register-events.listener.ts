import { Injectable } from '@nestjs/common';
import {
  CarerDeregistered,
  CarerMerged,
  CarerRegistered,
  CarerUpdated,
  EmergencyPlanCreated,
  ProviderAllocated,
  Topics,
} from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { ChangeCarerFactHandler } from '../application/change-carer-fact.handler';
import { LockCarersHandler } from '../application/lock-carers.handler';
import { NoteTallyChangesHandler } from '../application/note-tally-changes.handler';
import { RecordCarerRegistrationHandler } from '../application/record-carer-registration.handler';
import { Touched } from '../domain/touched';

/** Registration's events, for the KPIs about the carers each provider supports (GP consent, emergency plans). */
@Injectable()
export class RegisterEventsListener {
  constructor(
    private readonly lockCarers: LockCarersHandler,
    private readonly register: RecordCarerRegistrationHandler,
    private readonly change: ChangeCarerFactHandler,
    private readonly note: NoteTallyChangesHandler,
  ) {}

  @Listens(Topics.registrationCarer)
  carerRoutes() {
    return (
      new EventRoutes(() => new Touched())
        .before((events, tx) => this.lockCarers.execute(tx, events))
        .on(CarerRegistered, ({ data }, tx, touched) => this.register.execute(tx, data, touched))
        .on(CarerUpdated, ({ data: d }, tx, touched) => this.change.execute(tx, d.carerId, { gpConsent: d.gpConsent }, touched))
        .on(ProviderAllocated, ({ data: d }, tx, touched) => this.change.execute(tx, d.carerId, { providerId: d.providerId }, touched))
        .on(CarerDeregistered, ({ data: d }, tx, touched) =>
          this.change.execute(tx, d.carerId, { deregisteredOn: d.deregisteredOn }, touched),
        )
        // the merged record leaves the register the day it is merged; the survivor stays
        .on(CarerMerged, ({ data: d }, tx, touched) => this.change.execute(tx, d.mergedId, { deregisteredOn: d.mergedOn }, touched))
        .after((tx, touched) => this.note.execute(tx, touched))
    );
  }

  @Listens(Topics.registrationEmergencyPlan)
  planRoutes() {
    return new EventRoutes(() => new Touched())
      .before((events, tx) => this.lockCarers.execute(tx, events))
      .on(EmergencyPlanCreated, ({ data: d }, tx, touched) => this.change.execute(tx, d.carerId, { emergencyPlanOn: d.createdOn }, touched))
      .after((tx, touched) => this.note.execute(tx, touched));
  }
}
