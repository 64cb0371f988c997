import { Injectable } from '@nestjs/common';
import {
  CarerDeregistered, CarerMerged, CarerRegistered, CarerUpdated, CloudEvent, EmergencyPlanCreated, ProviderAllocated,
} from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CarerFact } from '../domain/facts';
import { carerMonthsTouched } from '../domain/kpi-calculation';
import { Touched } from './assessment-events';
import { PerformanceStore } from './performance-store';

/** Registration's events, for the KPIs about the carers each provider supports (GP consent, emergency plans). */
@Injectable()
export class RegisterEvents {
  constructor(private readonly store: PerformanceStore, private readonly clock: Clock) {}

  async registered(tx: Tx, e: CloudEvent<CarerRegistered>, touched: Touched) {
    const d = e.data;
    await this.store.recordCarer(tx, { carerId: d.carerId, providerId: d.providerId, registeredOn: d.registeredOn, gpConsent: d.gpConsent ?? false });
    touched.add(d.providerId, carerMonthsTouched(d.registeredOn, this.clock.today()), 'carer');
  }

  updated(tx: Tx, e: CloudEvent<CarerUpdated>, touched: Touched) {
    return this.change(tx, e.data.carerId, { gpConsent: e.data.gpConsent }, touched);
  }

  allocated(tx: Tx, e: CloudEvent<ProviderAllocated>, touched: Touched) {
    return this.change(tx, e.data.carerId, { providerId: e.data.providerId }, touched);
  }

  planCreated(tx: Tx, e: CloudEvent<EmergencyPlanCreated>, touched: Touched) {
    return this.change(tx, e.data.carerId, { emergencyPlanOn: e.data.createdOn }, touched);
  }

  deregistered(tx: Tx, e: CloudEvent<CarerDeregistered>, touched: Touched) {
    return this.change(tx, e.data.carerId, { deregisteredOn: e.data.deregisteredOn }, touched);
  }

  /** The merged record leaves the register the day it is merged; the survivor stays. */
  merged(tx: Tx, e: CloudEvent<CarerMerged>, touched: Touched) {
    return this.change(tx, e.data.mergedId, { deregisteredOn: e.data.mergedOn }, touched);
  }

  private async change(tx: Tx, carerId: string, changes: Partial<Omit<CarerFact, 'carerId' | 'registeredOn'>>, touched: Touched) {
    const changed = await this.store.changeCarer(tx, carerId, changes);
    if (!changed.before.registeredOn) return; // its registration will measure it
    const months = carerMonthsTouched(changed.before.registeredOn, this.clock.today());
    touched.add(changed.before.providerId, months, 'carer');
    touched.add(changed.after.providerId, months, 'carer');
  }
}
