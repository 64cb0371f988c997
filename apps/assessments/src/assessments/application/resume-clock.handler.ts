import { Injectable } from '@nestjs/common';
import { ClockKind } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { NoPausedClockError } from '../domain/clock.errors';
import { resumed, WorkingCalendar } from '../domain/timescales';
import { ClockPolicyRepository } from './clock-policy.repository';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository, RunningClock } from './clock.repository';
import { Scope } from '@carers/platform/auth';

export interface ResumeClock {
  assessmentId: string;
  kind: ClockKind;
  on?: string;
}

/** Starts a paused clock again, its deadline and warning moved on by the time paused. Answers the assessment's clocks. */
@Injectable()
export class ResumeClockHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly clocks: ClockRepository,
    private readonly policy: ClockPolicyRepository,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, cmd: ResumeClock): Promise<RunningClock[]> {
    return this.uow.run(scope.tenantId, async (tx) => {
      await this.assessments.inScope(tx, scope, cmd.assessmentId);
      const on = cmd.on ?? this.clock.today();
      const paused = await this.clocks.held(tx, cmd.assessmentId, cmd.kind, 'paused');
      if (!paused?.pausedSince) throw new NoPausedClockError(cmd.kind);
      const calendar = WorkingCalendar.forCouncil(await this.policy.bankHolidays(tx));
      await this.clocks.resume(tx, paused.id, resumed({ ...paused, pausedSince: paused.pausedSince }, on, calendar));
      return this.clocks.forAssessment(tx, cmd.assessmentId);
    });
  }
}
