import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { monthOf } from '@carers/calendar';
import { EscalationCaseOpened } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { dueFor } from '../domain/deadlines';
import { EscalationPolicy } from '../domain/escalation-policy';
import { KpiPicture } from '../domain/kpi-picture';
import { Decision, Ladder } from '../domain/ladder';
import { LADDER } from '../domain/performance-case';
import { CarryOutDecisionsHandler } from './carry-out-decisions.handler';
import { CaseRepository } from './case.repository';
import { CouncilCalendarRepository } from './council-calendar.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { KpiMonthRepository } from './kpi-month.repository';
import { ServeNoticeHandler } from './serve-notice.handler';

/** Puts a provider's KPI, as it now stands, to the ladder: opens a case, moves the live one, or leaves it (ADR 0009). */
@Injectable()
export class EvaluateKpiHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly months: KpiMonthRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly carryOut: CarryOutDecisionsHandler,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly calendars: CouncilCalendarRepository,
    private readonly serveNotice: ServeNoticeHandler,
  ) {}

  async execute(tx: Tx, providerId: string, kpiId: string): Promise<void> {
    const open = await this.cases.liveFor(tx, providerId, kpiId);
    if (open?.status === 'paused') return;
    const policy = await this.policies.current(tx, providerId);
    const kpi = new KpiPicture(await this.months.months(tx, providerId, kpiId), monthOf(this.clock.today()));
    const decisions = new Ladder(policy).onKpiChange(open, kpi);
    if (!decisions.length) return;
    if (open) return this.carryOut.execute(tx, open, decisions, policy, LADDER);
    await this.openCase(
      tx,
      providerId,
      kpiId,
      decisions[0] as Extract<Decision, { kind: 'open' }>,
      policy,
      kpi.latest?.attribution ?? 'member',
    );
  }

  private async openCase(
    tx: Tx,
    providerId: string,
    kpiId: string,
    d: Extract<Decision, { kind: 'open' }>,
    policy: EscalationPolicy,
    attribution: 'member' | 'consortium',
  ) {
    const today = this.clock.today();
    const id = randomUUID();
    const dueOn = dueFor(d.stage, policy, today, await this.calendars.calendar(tx));
    await this.cases.open(tx, {
      id,
      providerId,
      kpiId,
      stage: d.stage,
      period: d.period,
      openedOn: today,
      dueOn,
      policyVersion: policy.version,
      attribution,
    });
    await this.cases.record(tx, id, today, {
      action: 'opened',
      to: d.stage,
      cause: d.cause,
      actor: LADDER.actor,
      withKpi: true,
      policyVersion: policy.version,
    });
    await this.outbox.add(tx, EscalationCaseOpened, id, 1, {
      caseId: id,
      providerId,
      kpiId,
      stage: d.stage,
      period: d.period,
      policyVersion: policy.version,
      dueOn,
    });
    await this.serveNotice.within(tx, (await this.cases.byId(tx, id))!, d.stage, undefined, policy);
  }
}
