import { Injectable } from '@nestjs/common';
import { CarerRegistered, CloudEvent } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { KnownCarerRepository } from './known-carer.repository';

/** Keeps assessments' own projection of the register, so it never reads registration's tables. */
@Injectable()
export class RecordRegisteredCarerHandler {
  constructor(private readonly carers: KnownCarerRepository) {}

  async execute(tx: Tx, event: CloudEvent<CarerRegistered>): Promise<void> {
    const d = event.data;
    await this.carers.record(
      tx,
      { carerId: d.carerId, kind: d.kind, ageBand: d.ageBand, providerId: d.providerId, registeredOn: d.registeredOn },
      event.id,
    );
  }
}
