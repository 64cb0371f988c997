import { AssessmentFact, MonthFacts } from './facts';
import { KpiDefinition } from './kpi-definition';

export interface KpiResult {
  value?: number;
  numerator?: number;
  denominator?: number;
}

export const monthOf = (day?: string) => day?.slice(0, 7);
const lastDayOf = (period: string) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).toISOString().slice(0, 10);
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const round1 = (n: number) => Math.round(n * 10) / 10;

function proportion(cases: boolean[]): KpiResult {
  const numerator = cases.filter(Boolean).length;
  return { numerator, denominator: cases.length, value: cases.length ? round1((numerator / cases.length) * 100) : undefined };
}

function percentile(sorted: number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  return round1(sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (rank - lo));
}

/** Timeliness measures: which date starts the clock, which ends it, and which cases count. */
const TIMELINESS: Record<string, { from: keyof AssessmentFact; to: keyof AssessmentFact; include: (a: AssessmentFact) => boolean }> = {
  'first-contact': { from: 'requestedOn', to: 'contactedOn', include: () => true },
  commenced: { from: 'requestedOn', to: 'commencedOn', include: (a) => !a.fastTrack },
  'fast-track-commenced': { from: 'requestedOn', to: 'commencedOn', include: (a) => a.fastTrack },
  'plan-after-assessment': { from: 'completedOn', to: 'planAgreedOn', include: () => true },
};

/**
 * A KPI's value for one month, from the facts of the provider (or consortium) it is measured for. A case
 * counts in the month its measured step happened; the waiting list is counted on the month's last day.
 */
export function calculate(d: KpiDefinition, period: string, facts: MonthFacts): KpiResult {
  const t = TIMELINESS[d.measure];
  if (d.formula === 'proportion-within' && t) {
    const cases = facts.assessments.filter((a) => t.include(a) && monthOf(a[t.to] as string) === period);
    return proportion(cases.map((a) => days(a[t.from] as string, a[t.to] as string) <= d.withinDays!));
  }
  if (d.formula === 'proportion-within') {
    const type = d.measure === 'light-touch-review' ? 'light-touch' : 'planned';
    return proportion(facts.reviews.filter((r) => r.reviewType === type && monthOf(r.completedOn) === period).map((r) => r.completedOn <= r.dueOn));
  }
  if (d.formula === 'proportion-improved') {
    return proportion(facts.reviews.filter((r) => monthOf(r.completedOn) === period).map((r) => r.improved));
  }
  if (d.formula === 'proportion-of-carers') {
    const end = lastDayOf(period);
    const supported = (facts.carers ?? []).filter((c) => !!c.registeredOn && c.registeredOn <= end && !(c.deregisteredOn && c.deregisteredOn <= end));
    return proportion(supported.map((c) => (d.measure === 'gp-consent-recorded' ? c.gpConsent : !!c.emergencyPlanOn && c.emergencyPlanOn <= end)));
  }
  if (d.formula === 'count' && d.measure === 'waiting-list-size' && facts.waitingAtMonthEnd?.[period] !== undefined) {
    const value = facts.waitingAtMonthEnd[period];
    return { value, denominator: value };
  }
  if (d.formula === 'count' && d.measure === 'waiting-list-size') {
    const end = lastDayOf(period);
    const open = (a: AssessmentFact) => a.requestedOn <= end && ![a.commencedOn, a.completedOn, a.refusedOn].some((day) => day && day <= end);
    const value = facts.assessments.filter(open).length;
    return { value, denominator: value };
  }
  if (d.formula === 'count') {
    const value = facts.assessments.filter((a) => monthOf(a.youngCarerIdentifiedOn) === period).length;
    return { value, denominator: value };
  }
  if (d.formula === 'median-wait' || d.formula === 'p90-wait') {
    const waits = facts.assessments.filter((a) => monthOf(a.commencedOn) === period).map((a) => days(a.requestedOn, a.commencedOn!)).sort((x, y) => x - y);
    return { value: percentile(waits, d.formula === 'median-wait' ? 50 : 90), denominator: waits.length };
  }
  return {};
}

/** The months a change to these facts can move, for the measures that depend on them. */
export function monthsTouched(a: AssessmentFact, today: string): string[] {
  const months = new Set<string>();
  for (const day of [a.requestedOn, a.contactedOn, a.commencedOn, a.completedOn, a.refusedOn, a.planAgreedOn, a.youngCarerIdentifiedOn]) if (day) months.add(monthOf(day)!);
  // the waiting list counts the case at the end of every month it was open
  const closed = [a.commencedOn, a.completedOn, a.refusedOn].filter(Boolean).sort()[0] ?? today;
  for (let m = monthOf(a.requestedOn)!; m <= monthOf(closed)!; m = nextMonth(m)) months.add(m);
  return [...months].sort();
}

/** The months a change to a carer's record can move: those they were on the register, within the last year. */
export function carerMonthsTouched(registeredOn: string, today: string): string[] {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}`;
  const months: string[] = [];
  for (let m = [monthOf(registeredOn)!, nextMonth(yearAgo)].sort()[1]; m <= monthOf(today)!; m = nextMonth(m)) months.push(m);
  return months;
}

export function nextMonth(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
