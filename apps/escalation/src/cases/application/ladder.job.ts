import { Injectable } from '@nestjs/common';
import { monthOf } from '@carers/calendar';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils, IntervalJob } from '@carers/platform/service';
import { KpiPicture } from '../domain/kpi-picture';
import { Ladder } from '../domain/ladder';
import { LADDER } from '../domain/performance-case';
import { CarryOutDecisionsHandler } from './carry-out-decisions.handler';
import { CaseRepository } from './case.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { EvaluateKpiHandler } from './evaluate-kpi.handler';
import { KpiMonthRepository } from './kpi-month.repository';

/** Acts on deadlines that pass and months that complete even when no KPI event arrives. */
@Injectable()
export class LadderJob extends IntervalJob {
  protected readonly every = { env: 'LADDER_SCAN_SECONDS', seconds: 60 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly months: KpiMonthRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly carryOut: CarryOutDecisionsHandler,
    private readonly evaluate: EvaluateKpiHandler,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected tick() {
    return this.runDue();
  }

  /** Deadlines passed and months completed since the last run; claimed with SKIP LOCKED. */
  async runDue(): Promise<{ deadlines: number; reviewed: number }> {
    const today = this.clock.today();
    const done = { deadlines: 0, reviewed: 0 };
    for (const tenantId of councils()) {
      await this.uow.run(tenantId, async (tx) => {
        for (const c of await this.cases.claimOverdue(tx, today, 200)) {
          const policy = await this.policies.current(tx, c.providerId);
          const kpi = new KpiPicture(await this.months.months(tx, c.providerId, c.kpiId), monthOf(today));
          const decisions = new Ladder(policy).onDeadline(c, kpi);
          if (!decisions.length) await this.cases.update(tx, c.id, { dueOn: null });
          await this.carryOut.execute(tx, c, decisions, policy, LADDER);
          done.deadlines++;
        }
      });
      // each KPI in its own short transaction, so the scan never holds many cases' locks against the KPI listener
      const toReview = await this.uow.run(tenantId, (tx) => this.cases.toReview(tx, today));
      for (const { providerId, kpiId } of toReview) {
        await this.uow.run(tenantId, (tx) => this.evaluate.execute(tx, providerId, kpiId));
        done.reviewed++;
      }
    }
    return done;
  }
}
