import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { checkConclusion, InvestigationOutcome, JointInvestigation } from '../domain/joint-investigation';
import { actionable, Caller } from '../domain/performance-case';
import { CarryOutDecisionsHandler } from './carry-out-decisions.handler';
import { CaseRepository } from './case.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { JointInvestigationRepository } from './joint-investigation.repository';

/**
 * The joint investigation reports (GC9): its findings, and what follows: a remedial action plan, requested as the
 * ladder requests one, or no further action, which withdraws the case (its credits released, ADR 0018).
 */
@Injectable()
export class ConcludeJointInvestigationHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly investigations: JointInvestigationRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly carryOut: CarryOutDecisionsHandler,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, caseId: string, findings: string, outcome: InvestigationOutcome, who: Caller): Promise<JointInvestigation[]> {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
      const open = checkConclusion(await this.investigations.open(tx, c.id));
      const today = this.clock.today();
      await this.investigations.conclude(tx, open.id, { on: today, by: who.subject, findings, outcome });
      await this.cases.record(tx, c.id, today, {
        action: 'joint-investigation-concluded',
        cause: outcome,
        actor: who.subject,
        reason: findings,
        withKpi: true,
        policyVersion: c.policyVersion,
      });
      const policy = await this.policies.current(tx, c.providerId);
      const by = { actor: who.subject, movedBy: 'council-officer' as const, reason: findings };
      if (outcome === 'remedial-plan')
        await this.carryOut.execute(tx, c, [{ kind: 'move', to: 'remedial-plan', cause: 'joint-investigation-concluded' }], policy, by);
      else await this.carryOut.execute(tx, c, [{ kind: 'close', outcome: 'withdrawn' }], policy, by);
      return this.investigations.ofCase(tx, c.id);
    });
  }
}
