import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer } from '../domain/carer';
import { CARERS, CarerRepository } from './carer.repository';

export class CarerNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no carer ${id} on this council's register.`);
  }
}

@Injectable()
export class GetCarerQuery {
  constructor(private readonly uow: UnitOfWork, @Inject(CARERS) private readonly carers: CarerRepository) {}

  async execute(tenantId: string, id: string): Promise<Carer> {
    const carer = await this.uow.run(tenantId, (tx) => this.carers.get(tx, id));
    if (!carer) throw new CarerNotFoundError(id);
    return carer;
  }
}
