import { Injectable } from '@nestjs/common';
import { CloudEvent, ProviderAllocated } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { KnownCarerRepository } from './known-carer.repository';

/** A carer allocated to another provider: later requests are delegated to it. */
@Injectable()
export class RecordProviderAllocationHandler {
  constructor(private readonly carers: KnownCarerRepository) {}

  async execute(tx: Tx, event: CloudEvent<ProviderAllocated>): Promise<void> {
    await this.carers.allocate(tx, event.data.carerId, event.data.providerId);
  }
}
