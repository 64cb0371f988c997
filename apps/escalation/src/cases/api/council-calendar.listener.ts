import { Injectable } from '@nestjs/common';
import { CouncilClosureDayAdded, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { AddClosureDayHandler } from '../application/add-closure-day.handler';

/** A council's own closure days, as assessments announces them: every deadline set from then on skips them (ADR 0017). */
@Injectable()
export class CouncilCalendarListener {
  constructor(private readonly addClosureDay: AddClosureDayHandler) {}

  @Listens(Topics.assessmentsCalendar)
  calendarRoutes() {
    return new EventRoutes().on(CouncilClosureDayAdded, (e, tx) => this.addClosureDay.execute(tx, e.data));
  }
}
