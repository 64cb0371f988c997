import { Injectable } from '@nestjs/common';
import { CouncilClosureDayRemoved } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { ClosureDayNotFoundError } from '../domain/assessment.errors';
import { ClockPolicyRepository } from './clock-policy.repository';

/**
 * Removes a closure day the council added, and announces it so escalation and the board count it as a working day
 * again (ADR 0017). As with an addition, clocks already started keep the deadlines they were given.
 */
@Injectable()
export class RemoveBankHolidayHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ClockPolicyRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(tenantId: string, day: string): Promise<void> {
    await this.uow.run(tenantId, async (tx) => {
      if (!(await this.policy.removeBankHoliday(tx, day))) throw new ClosureDayNotFoundError(day);
      // the same key as the day's addition, so on the compacted topic the removal is what stays (ADR 0017)
      await this.outbox.add(tx, CouncilClosureDayRemoved, tx.tenantId, 0, { day }, `${tx.tenantId}|${day}`);
    });
  }
}
