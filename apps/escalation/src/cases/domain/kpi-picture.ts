import { previousMonth } from '@carers/calendar';
import { Clearance, MonthClosure, RagStatus } from '@carers/contracts';

/** One month of a provider's KPI: as performance's month close holds it once closed (ADR 0016), as last measured before. */
export interface MonthState {
  period: string;
  status: RagStatus;
  breached: boolean;
  closure?: MonthClosure;
  /** Why the month is not in breach as closed though its live figure was: relief, or an upheld dispute. */
  clearedBy?: Clearance;
  /** Whose figure it is: a consortium member's own, or the consortium's, which the contract holder answers for. */
  attribution?: 'member' | 'consortium';
}

const confirmed = (m: MonthState) => m.closure === 'confirmed';

/**
 * A provider's KPI over the months the escalation service has heard of, oldest first. Live and provisional figures
 * give an early warning only; everything formal reads confirmed months (ADR 0016).
 */
export class KpiPicture {
  constructor(
    readonly months: readonly MonthState[],
    private readonly currentPeriod: string,
  ) {}

  get latest(): MonthState | undefined {
    return this.months[this.months.length - 1];
  }

  get latestConfirmed(): MonthState | undefined {
    return [...this.months].reverse().find(confirmed);
  }

  /** The last month that has ended, whatever its closure. */
  get latestComplete(): MonthState | undefined {
    return [...this.months].reverse().find((m) => this.isComplete(m.period));
  }

  month(period: string): MonthState | undefined {
    return this.months.find((m) => m.period === period);
  }

  /** A month is judged on its whole figures only once it has ended. */
  isComplete(period: string): boolean {
    return period < this.currentPeriod;
  }

  /** Any month from `period` in breach as it now stands: live, provisional or confirmed. */
  anyBreachFrom(period: string): boolean {
    return this.months.some((m) => m.breached && m.period >= period);
  }

  /** The last confirmed month in breach from `period` on. */
  latestBreachedFrom(period: string): string | undefined {
    return [...this.months].reverse().find((m) => confirmed(m) && m.breached && m.period >= period)?.period;
  }

  /** Confirmed months in breach after `period`. */
  breachedMonthsAfter(period: string): string[] {
    return this.months.filter((m) => confirmed(m) && m.breached && m.period > period).map((m) => m.period);
  }

  /** Months closed provisionally in breach after `period`: a credit may accrue on them, not yet be withheld. */
  provisionallyBreachedAfter(period: string): string[] {
    return this.months.filter((m) => m.closure === 'provisional' && m.breached && m.period > period).map((m) => m.period);
  }

  /**
   * The run of consecutive confirmed months, counting back from the last one, that count towards recovery since
   * the case's last confirmed month in breach: with figures, out of breach and not red; for a case that never
   * breached (an amber notice taken further), green. A month with no figures (`insufficient-data`, or none
   * announced) or not yet confirmed ends the run, so a provider never recovers by reporting nothing (issue 18).
   */
  consecutiveHealthyMonths(openedPeriod: string): number {
    const lastBreached = this.latestBreachedFrom(openedPeriod);
    const from = this.latestConfirmed?.period;
    const healthy = (m: MonthState | undefined) =>
      !!m && confirmed(m) && !m.breached && m.status !== 'insufficient-data' && (lastBreached ? m.status !== 'red' : m.status === 'green');
    let run = 0;
    for (let p = from; p && p >= openedPeriod && (!lastBreached || p > lastBreached); p = previousMonth(p)) {
      if (!healthy(this.month(p))) break;
      run++;
    }
    return run;
  }

  /** The case's last confirmed breach has not been followed by a confirmed month out of breach. */
  stillBreached(openedPeriod: string): boolean {
    const lastBreached = this.latestBreachedFrom(openedPeriod);
    return !!lastBreached && !this.months.some((m) => m.period > lastBreached && confirmed(m) && !m.breached);
  }
}
