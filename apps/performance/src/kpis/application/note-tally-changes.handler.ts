import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { Touched } from '../domain/touched';
import { PerformanceRepository } from './performance.repository';

/** Records what a batch of events changed in each provider's tallies, in the batch's transaction, for the measurement worker. No lock: changes are only appended. */
@Injectable()
export class NoteTallyChangesHandler {
  constructor(private readonly performance: PerformanceRepository) {}

  async execute(tx: Tx, touched: Touched): Promise<void> {
    for (const [providerId, changes] of touched.changes) await this.performance.noteTallyChanges(tx, providerId, changes);
  }
}
