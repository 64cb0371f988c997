import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { AuditEntry, AuditTrail } from './audit-trail.repository';

/** Adds to the audit trail that someone read or changed carers' personal data through the API. */
@Injectable()
export class RecordAccessHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly trail: AuditTrail,
  ) {}

  execute(tenantId: string, entry: AuditEntry): Promise<void> {
    return this.uow.run(tenantId, (tx) => this.trail.record(tx, entry));
  }
}
