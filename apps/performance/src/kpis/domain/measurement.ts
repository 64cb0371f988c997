import { RagStatus } from '@carers/contracts';
import { monthsEndingWith, shiftMonth } from '@carers/calendar';
import { calculate } from './kpi-calculation';
import { FactKind } from './facts';
import { factKindOf, KpiDefinition, thresholdsFor } from './kpi-definition';
import { Membership, StoredValue } from './kpi-value';
import { KpiFacts, kpiFacts, kpiStatusKey } from './kpi-facts';
import { inBreach, lookbackOf, ragStatus } from './rag';
import { Tallies } from './tally';

const same = (a: StoredValue | undefined, b: StoredValue) =>
  !!a &&
  a.value === b.value &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  a.status === b.status &&
  a.definitionVersion === b.definitionVersion;

/** One provider's (or the consortium's) KPIs to measure for some months, from the tallies of the providers it covers. */
export interface Job {
  id: string;
  attribution: 'member' | 'consortium';
  providers: string[];
  months: string[];
  /** Only the KPIs reading these kinds of facts (all when absent). */
  kinds?: ReadonlySet<FactKind>;
}

/** Each changed member's own KPIs, then the consortium's over every member, for all the months and kinds that changed. */
export function jobsFor(membership: Membership | undefined, changed: Map<string, { months: Set<string>; kinds?: Set<FactKind> }>): Job[] {
  const jobs: Job[] = [...changed]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([providerId, c]) => ({
      id: providerId,
      attribution: 'member',
      providers: [providerId],
      months: [...c.months].sort(),
      kinds: c.kinds,
    }));
  const members = jobs.filter((j) => membership?.providerIds.includes(j.id));
  if (!membership || !members.length) return jobs;
  const kinds = members.some((j) => !j.kinds) ? undefined : new Set(members.flatMap((j) => [...j.kinds!]));
  return [
    ...jobs,
    {
      id: membership.consortiumId,
      attribution: 'consortium',
      providers: membership.providerIds,
      months: [...new Set(members.flatMap((j) => j.months))].sort(),
      kinds,
    },
  ];
}

/** What to announce on the KPI-status topic: a value or status changed, a KPI went into breach, or came out of it. */
export interface Announcement {
  kind: 'measured' | 'breached' | 'recovered';
  /** The events' aggregate and key (`kpiStatusKey`). */
  key: string;
  data: KpiFacts;
}

/** The values a recompute changed (the last of each) and what to announce, in the order they happened. */
export class Writes {
  readonly values = new Map<string, StoredValue>();
  readonly events: Announcement[] = [];

  /** `now` stamps each announcement with when it was measured. */
  constructor(private readonly now: () => string) {}

  note(d: KpiDefinition, next: StoredValue, before: StoredValue | undefined) {
    this.values.set(`${next.kpiId}|${next.providerId}|${next.period}`, next);
    const key = kpiStatusKey(next);
    const data = kpiFacts(next, d, this.now());
    const announce = (kind: Announcement['kind']) => this.events.push({ kind, key, data });
    if (!same(before, next)) announce('measured');
    if (next.breached && !before?.breached) announce('breached');
    if (!next.breached && before?.breached) announce('recovered');
  }
}

/** Measures one KPI for one month against the stored values (which it keeps up to date), noting what to save and announce. */
export function measure(
  writes: Writes,
  d: KpiDefinition,
  providerId: string,
  attribution: 'member' | 'consortium',
  period: string,
  result: ReturnType<typeof calculate>,
  stored: Map<string, StoredValue>,
): void {
  const status = ragStatus({ ...d, ...thresholdsFor(d, providerId) }, result.value, result.denominator);
  const lookback = lookbackOf(d.breachRule);
  const history = [...calendarHistory(d, shiftMonth(period, -1), lookback, stored), status];
  const next: StoredValue = {
    kpiId: d.id,
    providerId,
    attribution,
    period,
    definitionVersion: d.version,
    value: result.value,
    numerator: result.numerator,
    denominator: result.denominator,
    status,
    breached: inBreach(d.breachRule, history),
  };
  const before = stored.get(`${d.id}|${period}`);
  if (same(before, next) && before!.breached === next.breached) return;
  stored.set(`${d.id}|${period}`, next);
  writes.note(d, next, before);
  // a month's new status can move the breach state of the months after it, under rules that look back
  if (lookback && before?.status !== next.status) reevaluateLater(writes, d, next, stored);
}

/**
 * The KPI's status in each calendar month from `lookback` months before `upTo` to `upTo`, oldest first: a month
 * with no stored value had no cases, so it is insufficient-data (issue 19: look-backs are by calendar month).
 */
function calendarHistory(d: KpiDefinition, upTo: string, lookback: number, stored: Map<string, StoredValue>): RagStatus[] {
  return monthsEndingWith(upTo, lookback).map((m) => stored.get(`${d.id}|${m}`)?.status ?? 'insufficient-data');
}

function reevaluateLater(writes: Writes, d: KpiDefinition, changed: StoredValue, stored: Map<string, StoredValue>) {
  const series = [...stored.values()].filter((v) => v.kpiId === d.id).sort((a, b) => a.period.localeCompare(b.period));
  const lookback = lookbackOf(d.breachRule);
  for (const later of series.filter((v) => v.period > changed.period)) {
    const upTo = [...calendarHistory(d, shiftMonth(later.period, -1), lookback, stored), later.status];
    const breached = inBreach(d.breachRule, upTo);
    if (breached === later.breached) continue;
    const next = { ...later, breached };
    stored.set(`${d.id}|${later.period}`, next);
    writes.note(d, next, later);
  }
}

/**
 * Measures every job: each KPI of the job's attribution (and fact kinds) for each of its months, from the tallies of
 * the providers it covers, against the values stored for it (keyed `kpiId|period`).
 */
export function measureJobs(
  writes: Writes,
  jobs: Job[],
  definitions: KpiDefinition[],
  tallies: Map<string, Tallies>,
  stored: Map<string, Map<string, StoredValue>>,
): void {
  for (const job of jobs) {
    const counted = Tallies.sum(job.providers.map((p) => tallies.get(p)).filter((t): t is Tallies => !!t));
    const values = stored.get(job.id) ?? new Map<string, StoredValue>();
    for (const d of definitions.filter((k) => k.attribution.includes(job.attribution) && (!job.kinds || job.kinds.has(factKindOf(k))))) {
      for (const period of job.months) measure(writes, d, job.id, job.attribution, period, calculate(d, period, counted), values);
    }
  }
}
