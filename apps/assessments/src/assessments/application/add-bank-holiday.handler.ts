import { Injectable } from '@nestjs/common';
import { CouncilClosureDayAdded } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { ClockPolicyRepository } from './clock-policy.repository';

export interface AddBankHoliday {
  tenantId: string;
  day: string;
  name: string;
}

/**
 * Adds a day a council's working-day clocks skip (a closure day of its own), or renames one, and announces it so
 * escalation's deadlines and the board skip it too (ADR 0017). Assessments owns the council's closure days.
 */
@Injectable()
export class AddBankHolidayHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ClockPolicyRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(cmd: AddBankHoliday): Promise<void> {
    await this.uow.run(cmd.tenantId, async (tx) => {
      await this.policy.addBankHoliday(tx, { day: cmd.day, name: cmd.name });
      // keyed by council and day on a compacted topic: the latest of each day stays for good (ADR 0017)
      await this.outbox.add(
        tx,
        CouncilClosureDayAdded,
        tx.tenantId,
        0,
        { day: cmd.day, description: cmd.name },
        `${tx.tenantId}|${cmd.day}`,
      );
    });
  }
}
