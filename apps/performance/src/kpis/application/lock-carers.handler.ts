import { Injectable } from '@nestjs/common';
import { CloudEvent } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { PerformanceRepository } from './performance.repository';

/**
 * Locks the carers a batch will change, in one order for every batch: the register's and the emergency plans' topics are
 * read side by side, so two batches can change the same carers, and would otherwise deadlock taking them in event order.
 */
@Injectable()
export class LockCarersHandler {
  constructor(private readonly performance: PerformanceRepository) {}

  execute(tx: Tx, events: CloudEvent<{ carerId?: string; mergedId?: string }>[]): Promise<void> {
    return this.performance.lockCarers(
      tx,
      events.map((e) => e.data.mergedId ?? e.data.carerId).filter((id): id is string => !!id),
    );
  }
}
