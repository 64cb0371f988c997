import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

/**
 * A council added a closure day of its own (or renamed one) that its working-day clocks skip, on top of the England
 * and Wales bank holidays every service knows from the calendar library (ADR 0017). Assessments owns the council's
 * closure days; escalation keeps a copy and the board reads escalation's. The council is the event's tenant; the
 * key is `<council id>|<day>` on a compacted topic, so the latest of every council's days stays for good.
 */
export class CouncilClosureDayAdded {
  static readonly type = 'assessments.closure-day.added';
  static readonly topic = Topics.assessmentsCalendar;
  static readonly description = "A council's own closure day (not a bank holiday) that its working-day clocks skip, added or renamed.";

  @IsISO8601({ strict: true }) day!: string;
  /** What the day is, as the council calls it ("Council closure", "Local holiday"): never about a person. */
  @IsString() @IsNotEmpty() @MaxLength(100) description!: string;
}

/**
 * A council removed a closure day it had added (ADR 0017): its working-day clocks and escalation's deadlines count the
 * day again from now on. Same topic and key as the day's addition, so on the compacted topic the removal is what stays.
 */
export class CouncilClosureDayRemoved {
  static readonly type = 'assessments.closure-day.removed';
  static readonly topic = Topics.assessmentsCalendar;
  static readonly description =
    "A council's own closure day removed: clocks and deadlines set from now on count it as a working day again.";

  @IsISO8601({ strict: true }) day!: string;
}
