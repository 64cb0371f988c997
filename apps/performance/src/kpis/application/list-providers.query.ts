import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { CommissionedProvider, CommissioningContract, CommissioningRepository, Consortium } from './commissioning.repository';

/** The council's consortia, the providers in them and its contracts. No personal data. */
@Injectable()
export class ListProvidersQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly commissioning: CommissioningRepository,
  ) {}

  execute(tenantId: string): Promise<{ consortia: Consortium[]; providers: CommissionedProvider[]; contracts: CommissioningContract[] }> {
    return this.uow.run(tenantId, async (tx) => ({
      consortia: await this.commissioning.consortia(tx),
      providers: await this.commissioning.providers(tx),
      contracts: await this.commissioning.contracts(tx),
    }));
  }
}
