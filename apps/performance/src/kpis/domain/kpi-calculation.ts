import { monthOf, nextMonth, shiftMonth } from '@carers/calendar';
import { Contribution, RUNNING_SERIES, Series, Tallies } from './tally';
import { KpiDefinition } from './kpi-definition';

export interface KpiResult {
  value?: number;
  numerator?: number;
  denominator?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function proportion(numerator: number, denominator: number): KpiResult {
  return { numerator, denominator, value: denominator ? round1((numerator / denominator) * 100) : undefined };
}

const sum = (h: [number, number][], keep: (bucket: number) => boolean = () => true) =>
  h.reduce((n, [bucket, count]) => n + (keep(bucket) ? count : 0), 0);

/** The p-th percentile, interpolated between the two nearest ranks, of the cases a histogram holds. */
function percentile(h: [number, number][], p: number): number | undefined {
  const n = sum(h);
  if (!n) return undefined;
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const at = (index: number) => {
    let seen = 0;
    for (const [bucket, count] of h) if ((seen += count) > index) return bucket;
    return h[h.length - 1][0];
  };
  return round1(at(lo) + (at(Math.min(lo + 1, n - 1)) - at(lo)) * (rank - lo));
}

/** Timeliness measures, each counted in the series of its name by days taken. */
const TIMELINESS: ReadonlySet<string> = new Set<Series>(['first-contact', 'commenced', 'fast-track-commenced', 'plan-after-assessment']);
/** Review measures, each counted in the series of its name as on time (bucket 1) or not. */
const REVIEWS: ReadonlySet<string> = new Set<Series>(['light-touch-review', 'planned-review']);

/**
 * A KPI's value for one month, from the tallies of the provider (or consortium) it is measured for. A case
 * counts in the month its measured step happened; the waiting list and the carers supported are counted on the month's last day.
 */
export function calculate(d: KpiDefinition, period: string, t: Tallies): KpiResult {
  if (d.formula === 'proportion-within' && TIMELINESS.has(d.measure)) {
    const h = t.histogram(d.measure as Series, period);
    return proportion(
      sum(h, (days) => days <= d.withinDays!),
      sum(h),
    );
  }
  if (d.formula === 'proportion-within' && REVIEWS.has(d.measure)) {
    const h = t.histogram(d.measure as Series, period);
    return proportion(
      sum(h, (onTime) => onTime === 1),
      sum(h),
    );
  }
  if (d.formula === 'proportion-improved') {
    const h = t.histogram('wellbeing-improved', period);
    return proportion(
      sum(h, (improved) => improved === 1),
      sum(h),
    );
  }
  if (d.formula === 'proportion-of-carers') {
    const counted = d.measure === 'gp-consent-recorded' ? 'carers-gp-consent' : 'carers-emergency-plan';
    return proportion(t.runningTotal(counted, period), t.runningTotal('carers-supported', period));
  }
  if (d.formula === 'count') {
    const value =
      d.measure === 'waiting-list-size' ? t.runningTotal('waiting-list', period) : sum(t.histogram('young-carers-identified', period));
    return { value, denominator: value };
  }
  if (d.formula === 'median-wait' || d.formula === 'p90-wait') {
    const h = [...t.histogram('commenced', period), ...t.histogram('fast-track-commenced', period)].sort(([a], [b]) => a - b);
    return { value: percentile(h, d.formula === 'median-wait' ? 50 : 90), denominator: sum(h) };
  }
  return {};
}

/**
 * The months whose values a change of tallies moves: the month of each changed count, and for running series every
 * month from it to today's, within the last year (older months keep the values they had).
 */
export function monthsMoved(changes: Contribution[], today: string): string[] {
  const current = monthOf(today);
  const yearAgo = shiftMonth(current, -11);
  const months = new Set<string>();
  for (const c of changes) {
    if (!RUNNING_SERIES.has(c.series)) months.add(c.period);
    else for (let m = c.period < yearAgo ? yearAgo : c.period; m <= current; m = nextMonth(m)) months.add(m);
  }
  return [...months].sort();
}
