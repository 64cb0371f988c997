import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ClockPolicyRepository } from './clock-policy.repository';

export interface AddBankHoliday {
  tenantId: string;
  day: string;
  name: string;
}

/** Adds a day a council's working-day clocks skip, or renames one. */
@Injectable()
export class AddBankHolidayHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ClockPolicyRepository,
  ) {}

  async execute(cmd: AddBankHoliday): Promise<void> {
    await this.uow.run(cmd.tenantId, (tx) => this.policy.addBankHoliday(tx, { day: cmd.day, name: cmd.name }));
  }
}
