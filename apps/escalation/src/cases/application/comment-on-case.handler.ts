import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { actionable, Caller } from '../domain/performance-case';
import { CaseRepository } from './case.repository';

/** The provider's commentary on an amber or breached KPI; it answers the amber notice's deadline. */
@Injectable()
export class CommentOnCaseHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, caseId: string, commentary: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
      await this.cases.update(tx, c.id, { commentary, ...(c.stage === 'amber-notice' ? { dueOn: null } : {}) });
      await this.cases.record(tx, c.id, this.clock.today(), {
        action: 'commentary',
        cause: 'provider-commentary',
        actor: who.subject,
        withKpi: true,
        policyVersion: c.policyVersion,
      });
      return this.cases.byId(tx, c.id);
    });
  }
}
