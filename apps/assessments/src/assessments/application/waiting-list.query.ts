import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { AssessmentRepository, WaitingEntry } from './assessment.repository';
import { Scope, providerOf } from '@carers/platform/auth';

export type RiskPriority = 'urgent' | 'high' | 'normal';

export interface WaitingListEntry extends WaitingEntry {
  waitingDays: number;
  priority: RiskPriority;
}

const RANK: Record<RiskPriority, number> = { urgent: 0, high: 1, normal: 2 };

/** Fast-tracked requests are urgent; requests waiting beyond the 14-day commencement standard, or never contacted after 10, are high. */
export function riskPriority(e: WaitingEntry, waitingDays: number): RiskPriority {
  if (e.fastTrack) return 'urgent';
  if (waitingDays > 14 || (!e.contactedOn && waitingDays > 10)) return 'high';
  return 'normal';
}

/** Open requests not yet commenced, most at risk first, then longest waiting. */
@Injectable()
export class WaitingListQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly clock: Clock,
  ) {}

  async execute(scope: Scope, providerId?: string): Promise<WaitingListEntry[]> {
    const today = Date.parse(this.clock.today());
    const entries = await this.uow.run(scope.tenantId, (tx) => this.assessments.waiting(tx, providerOf(scope) ?? providerId));
    return entries
      .map((e) => {
        const waitingDays = Math.round((today - Date.parse(e.requestedOn)) / 86_400_000);
        return { ...e, waitingDays, priority: riskPriority(e, waitingDays) };
      })
      .sort((a, b) => RANK[a.priority] - RANK[b.priority] || b.waitingDays - a.waitingDays);
  }
}
