import { Injectable } from '@nestjs/common';
import { Principal, councilScope } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { Carer } from '../../carers/domain/carer';
import { carerInScope } from '../../carers/domain/carer-scope';
import { AnonymiseCarerHandler } from './anonymise-carer.handler';
import { AuditTrail } from './audit-trail.repository';

/** A council officer erases a carer on request (UK GDPR Article 17): the record is anonymised, and the erasure audited. */
@Injectable()
export class EraseCarerHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly anonymise: AnonymiseCarerHandler,
    private readonly trail: AuditTrail,
  ) {}

  execute(who: Principal, carerId: string, reason: string): Promise<Carer> {
    return this.uow.run(who.tenantId, async (tx) => {
      const carer = await this.anonymise.execute(
        tx,
        carerInScope(councilScope(who.tenantId), carerId, await this.carers.get(tx, carerId, true)),
        'erasure-request',
      );
      await this.trail.record(tx, {
        actor: who.subject,
        role: who.roles.join(','),
        action: 'erase',
        what: 'erasure request',
        subjectIds: [carerId],
        purpose: reason,
      });
      return carer;
    });
  }
}
