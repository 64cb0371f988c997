import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { CaseNotFoundError } from '../domain/case.errors';
import { JointInvestigation } from '../domain/joint-investigation';
import { Caller, visibleTo } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { JointInvestigationRepository } from './joint-investigation.repository';

/** A case's joint investigations, seen as the case is seen. */
@Injectable()
export class JointInvestigationsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly investigations: JointInvestigationRepository,
  ) {}

  execute(tenantId: string, caseId: string, who: Caller): Promise<JointInvestigation[]> {
    return this.uow.run(tenantId, async (tx) => {
      if (!visibleTo(await this.cases.byId(tx, caseId), who)) throw new CaseNotFoundError(caseId);
      return this.investigations.ofCase(tx, caseId);
    });
  }
}
