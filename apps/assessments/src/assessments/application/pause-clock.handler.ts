import { Injectable } from '@nestjs/common';
import { ClockKind } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { NoRunningClockError } from '../domain/clock.errors';
import { mustBeAbleToPause } from '../domain/timescales';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository, RunningClock } from './clock.repository';
import { Scope } from '@carers/platform/auth';

export interface PauseClock {
  assessmentId: string;
  kind: ClockKind;
  /** Why the clock stops, e.g. the carer is in hospital. */
  reason: string;
  on?: string;
}

/** Stops a clock counting for a while; the time paused is added to its deadline when it resumes. Answers the assessment's clocks. */
@Injectable()
export class PauseClockHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly clocks: ClockRepository,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, cmd: PauseClock): Promise<RunningClock[]> {
    return this.uow.run(scope.tenantId, async (tx) => {
      await this.assessments.inScope(tx, scope, cmd.assessmentId);
      const on = cmd.on ?? this.clock.today();
      const running = await this.clocks.held(tx, cmd.assessmentId, cmd.kind, 'running');
      if (!running) throw new NoRunningClockError(cmd.kind);
      mustBeAbleToPause(cmd.kind, running, on);
      await this.clocks.pause(tx, running.id, on, cmd.reason);
      return this.clocks.forAssessment(tx, cmd.assessmentId);
    });
  }
}
