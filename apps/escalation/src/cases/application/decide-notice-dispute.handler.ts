import { Injectable } from '@nestjs/common';
import { EscalationNoticeDisputeDecided, NoticeDisputeOutcome } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { NoticeNotFoundError } from '../domain/case.errors';
import { afterUpheld, checkDecision, Notice, noticeReference } from '../domain/notice';
import { actionable, Actor, Caller, visibleTo } from '../domain/performance-case';
import { CarryOutDecisionsHandler } from './carry-out-decisions.handler';
import { CaseRepository } from './case.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { NoticeRepository } from './notice.repository';
import { ResumeCaseHandler } from './resume-case.handler';

/**
 * An officer decides a disputed notice, with reasons (ADR 0026). The case's clock runs again, its deadline moved by
 * the working days the dispute took. Upheld, the notice is withdrawn with the step it served: the case returns to the
 * stage before it, or is withdrawn if the notice opened it. Rejected, the notice stands.
 */
@Injectable()
export class DecideNoticeDisputeHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notices: NoticeRepository,
    private readonly cases: CaseRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly resume: ResumeCaseHandler,
    private readonly carryOut: CarryOutDecisionsHandler,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, noticeId: string, outcome: NoticeDisputeOutcome, reason: string, who: Caller): Promise<Notice> {
    return this.uow.run(tenantId, async (tx) => {
      const n = await this.notices.byId(tx, noticeId);
      if (!n || !visibleTo(n, who)) throw new NoticeNotFoundError(noticeId);
      checkDecision(n);
      const c = actionable(await this.cases.byId(tx, n.caseId), n.caseId, who);
      const today = this.clock.today();
      await this.notices.decide(tx, n.id, { outcome, reason, by: who.subject, on: today });
      await this.cases.record(tx, c.id, today, {
        action: `notice-dispute-${outcome}`,
        cause: n.kind,
        actor: who.subject,
        reason,
        withKpi: true,
        policyVersion: c.policyVersion,
      });
      await this.outbox.add(tx, EscalationNoticeDisputeDecided, c.id, 0, {
        caseId: c.id,
        providerId: c.providerId,
        kpiId: c.kpiId,
        noticeId: n.id,
        kind: n.kind,
        outcome,
        decidedOn: today,
      });
      if (c.status === 'paused' && n.pausedCase) await this.resume.within(tx, c, `${noticeReference(n)}: dispute ${outcome}`, who.subject);
      if (outcome === 'upheld') {
        const by: Actor = { actor: who.subject, movedBy: 'council-officer', reason };
        const policy = await this.policies.current(tx, c.providerId);
        const next = afterUpheld(n);
        const now = (await this.cases.byId(tx, c.id))!;
        if (next.kind === 'withdraw-case') await this.carryOut.execute(tx, now, [{ kind: 'close', outcome: 'withdrawn' }], policy, by);
        else if (now.stage !== next.stage)
          await this.carryOut.execute(tx, now, [{ kind: 'move', to: next.stage, cause: 'notice-withdrawn' }], policy, by);
      }
      return (await this.notices.byId(tx, n.id))!;
    });
  }
}
