import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { BankHoliday, ClockPolicyRepository, Timescale } from './clock-policy.repository';

export interface ClockPolicyView {
  timescales: Timescale[];
  bankHolidays: BankHoliday[];
}

/** A council's timescales and bank holidays. */
@Injectable()
export class ClockPolicyQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ClockPolicyRepository,
  ) {}

  execute(tenantId: string): Promise<ClockPolicyView> {
    return this.uow.run(tenantId, async (tx) => ({
      timescales: await this.policy.timescales(tx),
      bankHolidays: await this.policy.bankHolidays(tx),
    }));
  }
}
