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
}

/** A provider's KPI over the months the escalation service has heard of, oldest first. */
export class KpiPicture {
  constructor(
    readonly months: readonly MonthState[],
    private readonly currentPeriod: string,
  ) {}

  get latest(): MonthState | undefined {
    return this.months[this.months.length - 1];
  }

  /** A month is judged on its whole figures only once it has ended. */
  isComplete(period: string): boolean {
    return period < this.currentPeriod;
  }

  latestBreachedFrom(period: string): string | undefined {
    return [...this.months].reverse().find((m) => m.breached && m.period >= period)?.period;
  }

  breachedMonthsAfter(period: string): string[] {
    return this.months.filter((m) => m.breached && m.period > period).map((m) => m.period);
  }

  /**
   * The run of consecutive completed months, counting back from the last one, that count towards recovery since
   * the case's last month in breach: reported with figures, out of breach and not red; for a case that never
   * breached (an amber notice taken further), green. A month with no figures (`insufficient-data`, or none
   * announced) ends the run, so a provider never recovers by reporting nothing (issue 18).
   */
  consecutiveHealthyMonths(openedPeriod: string): number {
    const lastBreached = this.latestBreachedFrom(openedPeriod);
    const byPeriod = new Map(this.months.map((m) => [m.period, m]));
    const healthy = (m: MonthState | undefined) =>
      !!m && !m.breached && m.status !== 'insufficient-data' && (lastBreached ? m.status !== 'red' : m.status === 'green');
    let run = 0;
    for (let p = previousMonth(this.currentPeriod); p >= openedPeriod && (!lastBreached || p > lastBreached); p = previousMonth(p)) {
      if (!healthy(byPeriod.get(p))) break;
      run++;
    }
    return run;
  }

  stillBreached(openedPeriod: string): boolean {
    const lastBreached = this.latestBreachedFrom(openedPeriod);
    return !!lastBreached && !this.months.some((m) => m.period > lastBreached && !m.breached && m.period < this.currentPeriod);
  }
}
