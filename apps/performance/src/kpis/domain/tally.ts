import { monthOf } from '@carers/calendar';
import { AssessmentFact, CarerFact, FactKind, Facts, ReviewFact } from './facts';

/**
 * What one fact adds to a provider's month: `count` cases in `series` whose `bucket` (days taken, or 1/0 for
 * on time or improved) is that number. Series measured at a month's end (the waiting list, carers supported)
 * add +1 in the month a spell begins and -1 in the month it ends, so their value is the running total.
 */
export interface Contribution {
  period: string;
  series: Series;
  bucket: number;
  count: number;
}

export const SERIES = [
  'first-contact',
  'commenced',
  'fast-track-commenced',
  'plan-after-assessment',
  'young-carers-identified',
  'light-touch-review',
  'planned-review',
  'wellbeing-improved',
  'waiting-list',
  'carers-supported',
  'carers-gp-consent',
  'carers-emergency-plan',
] as const;
export type Series = (typeof SERIES)[number];

/** Series whose month-end value is the running total of their contributions. */
export const RUNNING_SERIES: ReadonlySet<Series> = new Set([
  'waiting-list',
  'carers-supported',
  'carers-gp-consent',
  'carers-emergency-plan',
]);

/** Which facts a series counts, so a change recomputes only the KPIs that read them. */
export function factKindOfSeries(series: Series): FactKind {
  if (series.startsWith('carers-')) return 'carer';
  return series === 'wellbeing-improved' || series === 'light-touch-review' || series === 'planned-review' ? 'review' : 'assessment';
}

/** A step whose starting date is unknown: it counts, but never as on time. */
export const UNKNOWN_DAYS = 2_147_483_647;

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const later = (a: string, b: string) => (a > b ? a : b);

function spell(series: Series, from: string, to: string | undefined): Contribution[] {
  const start = monthOf(from);
  const end = to === undefined ? undefined : later(start, monthOf(to));
  if (end === start) return [];
  return [{ period: start, series, bucket: 0, count: 1 }, ...(end ? [{ period: end, series, bucket: 0, count: -1 }] : [])];
}

export function assessmentContributions(a: AssessmentFact | undefined): Contribution[] {
  if (!a) return [];
  const out: Contribution[] = [];
  const step = (series: Series, from: string | undefined, to: string | undefined) => {
    if (to) out.push({ period: monthOf(to), series, bucket: from ? days(from, to) : UNKNOWN_DAYS, count: 1 });
  };
  step('first-contact', a.requestedOn, a.contactedOn);
  step(a.fastTrack ? 'fast-track-commenced' : 'commenced', a.requestedOn, a.commencedOn);
  step('plan-after-assessment', a.completedOn, a.planAgreedOn);
  if (a.youngCarerIdentifiedOn)
    out.push({ period: monthOf(a.youngCarerIdentifiedOn), series: 'young-carers-identified', bucket: 0, count: 1 });
  // a request waits from the month it is made until the month it is commenced, completed, refused or closed (its carer left)
  const closed = [a.commencedOn, a.completedOn, a.refusedOn, a.closedOn].filter((d): d is string => !!d).sort()[0];
  out.push(...spell('waiting-list', a.requestedOn, closed));
  return out;
}

export function reviewContributions(r: ReviewFact): Contribution[] {
  const period = monthOf(r.completedOn);
  const out: Contribution[] = [{ period, series: 'wellbeing-improved', bucket: r.improved ? 1 : 0, count: 1 }];
  const onTime = r.completedOn <= r.dueOn ? 1 : 0;
  if (r.reviewType === 'light-touch') out.push({ period, series: 'light-touch-review', bucket: onTime, count: 1 });
  if (r.reviewType === 'planned') out.push({ period, series: 'planned-review', bucket: onTime, count: 1 });
  return out;
}

/** A carer counts at each month's end from registration until the month they leave the register. */
export function carerContributions(c: CarerFact | undefined): Contribution[] {
  if (!c?.registeredOn) return [];
  const left = c.deregisteredOn;
  const out = [...spell('carers-supported', c.registeredOn, left)];
  if (c.gpConsent) out.push(...spell('carers-gp-consent', c.registeredOn, left));
  if (c.emergencyPlanOn) out.push(...spell('carers-emergency-plan', later(c.registeredOn, c.emergencyPlanOn), left));
  return out;
}

/** Every fact's contributions, by the provider they count for (facts with no provider count nowhere). */
export function tallyFacts(facts: Facts): Map<string, Contribution[]> {
  const tallies = new Map<string, Contribution[]>();
  const add = (providerId: string | undefined, contributions: Contribution[]) => {
    if (!providerId) return;
    const list = tallies.get(providerId) ?? [];
    contributions.forEach((c) => list.push(c));
    tallies.set(providerId, list);
  };
  facts.assessments.forEach((a) => add(a.providerId, assessmentContributions(a)));
  facts.reviews.forEach((r) => add(r.providerId, reviewContributions(r)));
  facts.carers.forEach((c) => add(c.providerId, carerContributions(c)));
  return tallies;
}

const keyOf = (c: Pick<Contribution, 'period' | 'series' | 'bucket'>) => `${c.period}|${c.series}|${c.bucket}`;

/** What changes when a fact's contributions move from `before` to `after`: only the entries whose count moved. */
export function difference(before: Contribution[], after: Contribution[]): Contribution[] {
  const sums = new Map<string, Contribution>();
  const add = (c: Contribution, sign: number) => {
    const k = keyOf(c);
    const s = sums.get(k) ?? { ...c, count: 0 };
    s.count += sign * c.count;
    sums.set(k, s);
  };
  before.forEach((c) => add(c, -1));
  after.forEach((c) => add(c, 1));
  return [...sums.values()].filter((c) => c.count !== 0);
}

/**
 * A provider's (or the consortium's) tallies for some months: the counts in each month, and for running series
 * the total carried in from the months before.
 */
export class Tallies {
  private readonly counts = new Map<string, number>();
  private readonly buckets = new Map<string, Map<number, number>>();

  constructor(
    rows: Contribution[],
    private readonly carried: Partial<Record<Series, number>> = {},
  ) {
    for (const r of rows) {
      const k = keyOf(r);
      this.counts.set(k, (this.counts.get(k) ?? 0) + r.count);
      const inMonth = this.buckets.get(`${r.period}|${r.series}`) ?? new Map<number, number>();
      inMonth.set(r.bucket, (inMonth.get(r.bucket) ?? 0) + r.count);
      this.buckets.set(`${r.period}|${r.series}`, inMonth);
    }
  }

  /** Several providers' tallies added together (a consortium's, from its members'). */
  static sum(parts: Tallies[]): Tallies {
    if (parts.length === 1) return parts[0];
    const carried: Partial<Record<Series, number>> = {};
    for (const p of parts)
      for (const [series, n] of Object.entries(p.carried) as [Series, number][]) carried[series] = (carried[series] ?? 0) + n;
    return new Tallies(
      parts.flatMap((p) => p.entries()),
      carried,
    );
  }

  /** The counts added up, one per month, series and bucket. */
  entries(): Contribution[] {
    return [...this.counts].map(([k, count]) => {
      const [period, series, bucket] = k.split('|');
      return { period, series: series as Series, bucket: Number(bucket), count };
    });
  }

  /** Cases in the month, by bucket, ascending. */
  histogram(series: Series, period: string): [number, number][] {
    return [...(this.buckets.get(`${period}|${series}`) ?? new Map<number, number>())].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  }

  /** A running series' value at the end of the month. */
  runningTotal(series: Series, period: string): number {
    let total = this.carried[series] ?? 0;
    for (const [k, n] of this.counts) {
      const [p, s] = k.split('|');
      if (s === series && p <= period) total += n;
    }
    return total;
  }
}
