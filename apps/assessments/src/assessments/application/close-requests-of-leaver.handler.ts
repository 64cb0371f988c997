import { Injectable } from '@nestjs/common';
import { CarerDeregistered, CarerMerged, CloudEvent } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository } from './clock.repository';
import { RecordMilestonesHandler } from './record-milestones.handler';

/**
 * A carer who leaves the register stops waiting (issue 19). Each of their requests still open is closed with
 * registration's reason, and its clocks stop. The plan and review clocks of their completed assessments stop too,
 * so no review falls overdue for someone no longer supported.
 */
@Injectable()
export class CloseRequestsOfLeaverHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly clocks: ClockRepository,
    private readonly milestones: RecordMilestonesHandler,
  ) {}

  async left(tx: Tx, e: CloudEvent<CarerDeregistered>): Promise<void> {
    const { carerId, deregisteredOn, reason } = e.data;
    for (const a of await this.assessments.forCarer(tx, carerId)) {
      const closed = a.close(deregisteredOn, reason);
      if (closed) await this.milestones.execute(tx, closed, ['closed']);
      else await this.clocks.stop(tx, a.facts.id, ['plan-after-assessment', 'light-touch-review', 'planned-review'], deregisteredOn);
    }
  }

  /**
   * A duplicate record merged into another: each open request moves to the surviving record, keeping its request
   * date and clocks, unless the survivor already waits for the same assessment; then the duplicate's is closed as merged.
   */
  async merged(tx: Tx, e: CloudEvent<CarerMerged>): Promise<void> {
    const { survivorId, mergedId, mergedOn } = e.data;
    const waiting = new Set((await this.assessments.forCarer(tx, survivorId)).filter((a) => a.isOpen).map((a) => a.facts.type));
    for (const a of await this.assessments.forCarer(tx, mergedId)) {
      const closed = a.close(mergedOn, 'merged');
      if (!closed) continue;
      if (waiting.has(a.facts.type)) await this.milestones.execute(tx, closed, ['closed']);
      else {
        await this.assessments.moveToCarer(tx, a.facts.id, survivorId);
        waiting.add(a.facts.type);
      }
    }
  }
}
