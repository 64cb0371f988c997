import { Injectable } from '@nestjs/common';
import { CouncilClosureDayAdded, CouncilClosureDayRemoved, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { AddClosureDayHandler } from '../application/add-closure-day.handler';
import { RemoveClosureDayHandler } from '../application/remove-closure-day.handler';

/** A council's own closure days, as assessments announces them: every deadline set from then on skips them, until one is removed (ADR 0017). */
@Injectable()
export class CouncilCalendarListener {
  constructor(
    private readonly addClosureDay: AddClosureDayHandler,
    private readonly removeClosureDay: RemoveClosureDayHandler,
  ) {}

  @Listens(Topics.assessmentsCalendar)
  calendarRoutes() {
    return new EventRoutes()
      .on(CouncilClosureDayAdded, (e, tx) => this.addClosureDay.execute(tx, e.data))
      .on(CouncilClosureDayRemoved, (e, tx) => this.removeClosureDay.execute(tx, e.data));
  }
}
