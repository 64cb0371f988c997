import { Injectable } from '@nestjs/common';
import { CouncilClosureDayAdded, EventData } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { CouncilCalendarRepository } from './council-calendar.repository';

/**
 * Keeps a closure day the council added in assessments, so deadlines set from now on skip it (ADR 0017). Deadlines
 * already set stay as they were, as a clock already started does in assessments.
 */
@Injectable()
export class AddClosureDayHandler {
  constructor(private readonly calendars: CouncilCalendarRepository) {}

  execute(tx: Tx, d: EventData<typeof CouncilClosureDayAdded>): Promise<void> {
    return this.calendars.addClosureDay(tx, { day: d.day, description: d.description });
  }
}
