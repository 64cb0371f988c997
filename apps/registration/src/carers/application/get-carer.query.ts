import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer } from '../domain/carer';
import { carerInScope } from '../domain/carer-scope';
import { CarerRepository } from './carer.repository';
import { Scope } from '@carers/platform/auth';

@Injectable()
export class GetCarerQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
  ) {}

  async execute(scope: Scope, id: string): Promise<Carer> {
    return this.uow.run(scope.tenantId, async (tx) => carerInScope(scope, id, await this.carers.get(tx, id)));
  }
}
