import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { checkAgreement, JointInvestigation } from '../domain/joint-investigation';
import { actionable, Caller } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { JointInvestigationRepository } from './joint-investigation.repository';

/**
 * The contract management meeting agrees a joint investigation of the breach instead of an immediate remedial plan
 * (NHS Standard Contract GC9): its terms and the day its report is due, which becomes the case's deadline.
 */
@Injectable()
export class AgreeJointInvestigationHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly investigations: JointInvestigationRepository,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, caseId: string, terms: string, reportBy: string, who: Caller): Promise<JointInvestigation> {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
      const today = this.clock.today();
      checkAgreement(c, await this.investigations.open(tx, c.id), reportBy, today);
      await this.investigations.agree(tx, { id: randomUUID(), caseId: c.id, agreedOn: today, agreedBy: who.subject, terms, reportBy });
      await this.cases.update(tx, c.id, { dueOn: reportBy });
      await this.cases.record(tx, c.id, today, {
        action: 'joint-investigation-agreed',
        cause: `report-by-${reportBy}`,
        actor: who.subject,
        reason: terms,
        withKpi: true,
        policyVersion: c.policyVersion,
      });
      return (await this.investigations.open(tx, c.id))!;
    });
  }
}
