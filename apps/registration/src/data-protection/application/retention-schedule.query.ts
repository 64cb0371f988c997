import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { PersonalData } from './personal-data.repository';

/** How many years after leaving the register a carer's record is kept before it is anonymised. */
@Injectable()
export class RetentionScheduleQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly data: PersonalData,
  ) {}

  execute(tenantId: string): Promise<number> {
    return this.uow.run(tenantId, (tx) => this.data.retentionYears(tx));
  }
}
