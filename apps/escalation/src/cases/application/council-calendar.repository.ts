import { WorkingCalendar } from '@carers/calendar';
import { Tx } from '@carers/platform/persistence';

/** A council's own closure day, as assessments announced it (ADR 0017). */
export interface ClosureDay {
  day: string;
  description: string;
}

/** Each council's closure days, copied from assessments' announcements; with the bank holidays, its working calendar. */
export abstract class CouncilCalendarRepository {
  /** England and Wales bank holidays and the council's closure days: the calendar every deadline counts on. */
  abstract calendar(tx: Tx): Promise<WorkingCalendar>;
  /** The council's closure days, in date order. */
  abstract closureDays(tx: Tx): Promise<ClosureDay[]>;
  /** Keeps the day, renaming it if the council has it already (a repeated announcement changes nothing). */
  abstract addClosureDay(tx: Tx, day: ClosureDay): Promise<void>;
  /** Forgets the day; removing one the council does not have changes nothing. */
  abstract removeClosureDay(tx: Tx, day: string): Promise<void>;
}
