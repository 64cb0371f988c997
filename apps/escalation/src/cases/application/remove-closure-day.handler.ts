import { Injectable } from '@nestjs/common';
import { CouncilClosureDayRemoved, EventData } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { CouncilCalendarRepository } from './council-calendar.repository';

/** A closure day the council removed in assessments is a working day again for deadlines set from now on (ADR 0017). */
@Injectable()
export class RemoveClosureDayHandler {
  constructor(private readonly calendars: CouncilCalendarRepository) {}

  execute(tx: Tx, d: EventData<typeof CouncilClosureDayRemoved>): Promise<void> {
    return this.calendars.removeClosureDay(tx, d.day);
  }
}
