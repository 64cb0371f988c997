import { Injectable } from '@nestjs/common';
import { CloudEvent, ContractTermsRecorded } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { ContractTermsRepository } from './contract-terms.repository';

/** Keeps a contract's terms as performance announces them; credits accrued from then on are priced on them (ADR 0018). */
@Injectable()
export class RecordContractTermsHandler {
  constructor(private readonly terms: ContractTermsRepository) {}

  execute(tx: Tx, e: CloudEvent<ContractTermsRecorded>): Promise<void> {
    return this.terms.record(tx, { ...e.data, recordedAt: e.time });
  }
}
