import { Injectable } from '@nestjs/common';
import { ContractTermsRecorded, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { RecordContractTermsHandler } from '../application/record-contract-terms.handler';

/** The contracts' values and credit schedules, as performance announces them (ADR 0018). */
@Injectable()
export class ContractTermsListener {
  constructor(private readonly recordTerms: RecordContractTermsHandler) {}

  @Listens(Topics.performanceContract)
  contractRoutes() {
    return new EventRoutes().on(ContractTermsRecorded, (e, tx) => this.recordTerms.execute(tx, e));
  }
}
