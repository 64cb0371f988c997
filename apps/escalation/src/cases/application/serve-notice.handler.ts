import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EscalationNoticeServed, EscalationStage } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock, councilName } from '@carers/platform/service';
import { EscalationPolicy, NOTICE_RESPONSE_DAYS } from '../domain/escalation-policy';
import { noticeForStage } from '../domain/notice';
import { PerformanceCase } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { ContractTermsRepository } from './contract-terms.repository';
import { CouncilCalendarRepository } from './council-calendar.repository';
import { NoticeRepository } from './notice.repository';
import { ProviderNamesRepository } from './provider-names.repository';

/**
 * Serves the notice a formal step gives (ADR 0026): on the figures the escalation service holds now and the policy
 * version in force, addressed to the contract holder on its figure or to the member on its own, with a response
 * window in working days on the council's calendar.
 */
@Injectable()
export class ServeNoticeHandler {
  constructor(
    private readonly notices: NoticeRepository,
    private readonly cases: CaseRepository,
    private readonly names: ProviderNamesRepository,
    private readonly contracts: ContractTermsRepository,
    private readonly calendars: CouncilCalendarRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async within(
    tx: Tx,
    c: PerformanceCase,
    stage: EscalationStage,
    fromStage: EscalationStage | undefined,
    policy: EscalationPolicy,
    actor = 'ladder',
  ): Promise<void> {
    const kind = noticeForStage(stage);
    if (!kind) return;
    const today = this.clock.today();
    const responseDays = policy.noticeResponseDays ?? NOTICE_RESPONSE_DAYS;
    const respondBy = (await this.calendars.calendar(tx)).addDays(today, responseDays, 'working');
    const name = (await this.names.nameOf(tx, c.providerId)) ?? c.providerId;
    const id = randomUUID();
    const actBy = (await this.cases.byId(tx, c.id))?.dueOn;
    const contractId = await this.contracts.contractIdOn(tx, c.providerId, today);
    await this.notices.serve(tx, {
      id,
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      kind,
      ...(fromStage ? { fromStage } : {}),
      servedOn: today,
      respondBy,
      responseDays,
      ...(actBy ? { actBy } : {}),
      addressee: c.attribution === 'consortium' ? `${name}, as the contract's holder` : `${name}, as a member of the consortium`,
      council: councilName(tx.tenantId),
      ...(contractId ? { contractId } : {}),
      figures: await this.notices.figuresFor(tx, c.id),
      policyVersion: policy.version,
    });
    await this.cases.record(tx, c.id, today, {
      action: 'notice-served',
      cause: kind,
      actor,
      reason: `respond by ${respondBy}`,
      withKpi: true,
      policyVersion: policy.version,
    });
    await this.outbox.add(tx, EscalationNoticeServed, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      noticeId: id,
      kind,
      servedOn: today,
      respondBy,
      policyVersion: policy.version,
    });
  }
}
