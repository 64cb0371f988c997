import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { carerInScope } from '../../carers/domain/carer-scope';
import { Consent } from '../domain/consent';
import { Consents } from './consents.repository';
import { Scope } from '@carers/platform/auth';

/** A carer's consents, current and withdrawn, in the order they were given. */
@Injectable()
export class ConsentsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly consents: Consents,
  ) {}

  execute(scope: Scope, carerId: string): Promise<Consent[]> {
    return this.uow.run(scope.tenantId, async (tx) =>
      this.consents.forCarer(tx, carerInScope(scope, carerId, await this.carers.get(tx, carerId)).id),
    );
  }
}
