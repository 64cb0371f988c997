import { Injectable } from '@nestjs/common';
import { CarerRegistered } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { carerContributions } from '../domain/tally';
import { Touched } from '../domain/touched';
import { PerformanceRepository } from './performance.repository';

/** A carer joins the register, for the KPIs about the carers each provider supports (GP consent, emergency plans). */
@Injectable()
export class RecordCarerRegistrationHandler {
  constructor(private readonly performance: PerformanceRepository) {}

  async execute(tx: Tx, d: CarerRegistered, touched: Touched): Promise<void> {
    const carer = await this.performance.recordCarer(tx, {
      carerId: d.carerId,
      providerId: d.providerId,
      registeredOn: d.registeredOn,
      gpConsent: d.gpConsent ?? false,
    });
    // before its registration a carer counts nowhere, whatever else arrived first
    if (carer) touched.add(carer.providerId, [], carerContributions(carer));
  }
}
