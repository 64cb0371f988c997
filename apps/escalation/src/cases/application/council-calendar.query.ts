import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { ClosureDay, CouncilCalendarRepository } from './council-calendar.repository';

export interface CouncilCalendarView {
  /** The services' today (CARERS_TODAY, the demo's accelerated clock, or the date in England): the board counts from it. */
  today: string;
  /** The council's own closure days; bank holidays are the calendar library's (ADR 0017). */
  closureDays: ClosureDay[];
}

/** The council's working calendar as the board needs it to count working days left the way escalation does (ADR 0017). */
@Injectable()
export class CouncilCalendarQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly calendars: CouncilCalendarRepository,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string): Promise<CouncilCalendarView> {
    return this.uow.run(tenantId, async (tx) => ({ today: this.clock.today(), closureDays: await this.calendars.closureDays(tx) }));
  }
}
