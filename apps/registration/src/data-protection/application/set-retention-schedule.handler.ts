import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { PersonalData } from './personal-data.repository';

/** A council sets how many years after leaving the register a carer's record is kept. */
@Injectable()
export class SetRetentionScheduleHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly data: PersonalData,
  ) {}

  execute(tenantId: string, years: number): Promise<number> {
    return this.uow.run(tenantId, async (tx) => (await this.data.setRetentionYears(tx, years), years));
  }
}
