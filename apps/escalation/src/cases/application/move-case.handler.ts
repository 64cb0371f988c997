import { Injectable } from '@nestjs/common';
import { EscalationStage } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { CaseStateError } from '../domain/case.errors';
import { actionable, Caller } from '../domain/performance-case';
import { CarryOutDecisionsHandler } from './carry-out-decisions.handler';
import { CaseRepository } from './case.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';

/** An officer moves a case to another stage, with their reason; the stage's own consequences follow as on the ladder. */
@Injectable()
export class MoveCaseHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly carryOut: CarryOutDecisionsHandler,
  ) {}

  execute(tenantId: string, caseId: string, to: EscalationStage, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
      if (c.stage === to) throw new CaseStateError(`the case is already at ${to}`);
      const policy = await this.policies.current(tx, c.providerId);
      await this.carryOut.execute(tx, c, [{ kind: 'move', to, cause: 'officer-decision' }], policy, {
        actor: who.subject,
        movedBy: 'council-officer',
        reason,
      });
      return this.cases.byId(tx, c.id);
    });
  }
}
