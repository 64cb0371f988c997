import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { KnownCarerNotFoundError } from '../domain/known-carer.errors';
import { KnownCarer, KnownCarerRepository } from './known-carer.repository';

/** A carer as assessments knows them from registration's events; not found until their registration has arrived. */
@Injectable()
export class KnownCarerQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: KnownCarerRepository,
  ) {}

  async execute(tenantId: string, carerId: string): Promise<KnownCarer> {
    const carer = await this.uow.run(tenantId, (tx) => this.carers.get(tx, carerId));
    if (!carer) throw new KnownCarerNotFoundError(carerId);
    return carer;
  }
}
