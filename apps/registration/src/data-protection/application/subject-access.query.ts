import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { Carer } from '../../carers/domain/carer';
import { carerInScope } from '../../carers/domain/carer-scope';
import { AuditEntry, AuditTrail } from './audit-trail.repository';
import { HeldAboutCarer, PersonalData } from './personal-data.repository';
import { councilScope } from '@carers/platform/auth';

export interface SubjectAccessExport extends HeldAboutCarer {
  generatedAt: string;
  carer: Carer;
  auditTrail: AuditEntry[];
}

/** A subject access export (UK GDPR Article 15): everything held about one carer, with who read or changed it. */
@Injectable()
export class SubjectAccessQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly data: PersonalData,
    private readonly trail: AuditTrail,
  ) {}

  execute(tenantId: string, carerId: string): Promise<SubjectAccessExport> {
    return this.uow.run(tenantId, async (tx) => {
      const carer = carerInScope(councilScope(tenantId), carerId, await this.carers.get(tx, carerId));
      const held = await this.data.heldAbout(tx, carerId);
      return { generatedAt: new Date().toISOString(), carer, ...held, auditTrail: await this.trail.about(tx, carerId) };
    });
  }
}
