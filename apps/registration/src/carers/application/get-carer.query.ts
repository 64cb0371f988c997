import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer } from '../domain/carer';
import { carerInScope } from './carer-in-scope';
import { CARERS, CarerRepository } from './carer.repository';

export class CarerNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no carer ${id} on this council's register.`);
  }
}

/** Who may see which carers: a council officer all of the council's; a provider worker only its provider's. */
export interface CarerScope {
  tenantId: string;
  providerId?: string;
}

@Injectable()
export class GetCarerQuery {
  constructor(private readonly uow: UnitOfWork, @Inject(CARERS) private readonly carers: CarerRepository) {}

  async execute(scope: CarerScope, id: string): Promise<Carer> {
    return this.uow.run(scope.tenantId, (tx) => carerInScope(tx, this.carers, scope, id));
  }
}
