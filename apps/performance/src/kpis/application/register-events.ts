import { Injectable } from '@nestjs/common';
import {
  CarerDeregistered, CarerMerged, CarerRegistered, CarerUpdated, CloudEvent, EmergencyPlanCreated, ProviderAllocated,
} from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { CarerFact } from '../domain/facts';
import { carerContributions } from '../domain/tally';
import { PerformanceStore } from './performance-store';
import { Touched } from './touched';

/** Registration's events, for the KPIs about the carers each provider supports (GP consent, emergency plans). */
@Injectable()
export class RegisterEvents {
  constructor(private readonly store: PerformanceStore) {}

  /**
   * Locks the carers a batch will change, in one order for every batch: the register's and the emergency plans' topics are
   * read side by side, so two batches can change the same carers, and would otherwise deadlock taking them in event order.
   */
  lockCarers(tx: Tx, events: CloudEvent<{ carerId?: string; mergedId?: string }>[]) {
    return this.store.lockCarers(tx, events.map((e) => e.data.mergedId ?? e.data.carerId).filter((id): id is string => !!id));
  }

  async registered(tx: Tx, e: CloudEvent<CarerRegistered>, touched: Touched) {
    const d = e.data;
    const carer = await this.store.recordCarer(tx, { carerId: d.carerId, providerId: d.providerId, registeredOn: d.registeredOn, gpConsent: d.gpConsent ?? false });
    // before its registration a carer counts nowhere, whatever else arrived first
    if (carer) touched.add(carer.providerId, [], carerContributions(carer));
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
    const { before, after } = await this.store.changeCarer(tx, carerId, changes);
    // a carer who moves provider leaves one provider's tallies and joins the other's
    touched.add(before.providerId, carerContributions(before), before.providerId === after.providerId ? carerContributions(after) : []);
    if (after.providerId !== before.providerId) touched.add(after.providerId, [], carerContributions(after));
  }
}
