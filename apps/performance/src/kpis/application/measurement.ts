import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiMeasured, KpiRecovered } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { calculate, monthsMoved, nextMonth, previousMonth } from '../domain/kpi-calculation';
import { FactKind } from '../domain/facts';
import { factKindOf, KpiDefinition } from '../domain/kpi-definition';
import { inBreach, ragStatus } from '../domain/rag';
import { factKindOfSeries, Tallies, tallyFacts } from '../domain/tally';
import { Membership, PerformanceStore, StoredValue } from './performance-store';
import { Touched } from './touched';

const same = (a: StoredValue | undefined, b: StoredValue) =>
  !!a && a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.status === b.status && a.definitionVersion === b.definitionVersion;

/**
 * Recomputes the KPIs a change can move, for the provider it concerns and for its consortium, month by month,
 * and announces each value or status that changed, and each move into or out of breach, on the KPI-status topic.
 */
@Injectable()
export class Measurement {
  constructor(private readonly store: PerformanceStore, private readonly outbox: Outbox, private readonly clock: Clock) {}

  /** Records what a batch changed in each provider's tallies, for the measurement worker. No lock: changes are only appended. */
  async apply(tx: Tx, touched: Touched): Promise<void> {
    for (const [providerId, changes] of touched.changes) await this.store.noteTallyChanges(tx, providerId, changes);
  }

  /** Folds every change recorded since the last round into the tallies and measures, once, the months they moved. Answers how many providers changed. */
  async measurePending(tx: Tx): Promise<number> {
    await this.lock(tx);
    const folded = await this.store.foldTallyChanges(tx);
    const today = this.clock.today();
    const changed = new Map([...folded].map(([providerId, changes]) => [providerId, {
      months: new Set(monthsMoved(changes, today)), kinds: new Set(changes.map((c) => factKindOfSeries(c.series))),
    }]));
    await this.measureJobs(tx, jobsFor(await this.store.membership(tx), changed));
    return folded.size;
  }

  /** Every KPI, for every provider and the consortium, for the months given, with the tallies rebuilt from the facts: after a catalogue change, or to rebuild history. */
  async recomputeAll(tx: Tx, months: string[]): Promise<number> {
    const membership = await this.store.membership(tx);
    if (!membership) return 0;
    await this.lock(tx);
    await this.store.replaceTallies(tx, tallyFacts);
    const jobs = jobsFor(membership, new Map(membership.providerIds.map((p) => [p, { months: new Set(months) }])));
    await this.measureJobs(tx, jobs);
    return jobs.length;
  }

  /** Reads the tallies and stored values every job needs at once, measures, then saves and announces in one go. */
  private async measureJobs(tx: Tx, jobs: Job[]): Promise<void> {
    if (!jobs.length) return;
    const months = jobs.flatMap((j) => j.months).sort();
    const definitions = (await this.store.definitions(tx)).filter((d) => d.source === 'events');
    const tallies = await this.store.tallies(tx, [...new Set(jobs.flatMap((j) => j.providers))], months[0], months[months.length - 1]);
    const stored = await this.store.valuesBetween(tx, jobs.map((j) => j.id), shiftMonths(months[0], -11), this.clock.today().slice(0, 7));
    const writes = new Writes();
    for (const job of jobs) {
      const counted = Tallies.sum(job.providers.map((p) => tallies.get(p)).filter((t): t is Tallies => !!t));
      const values = stored.get(job.id) ?? new Map<string, StoredValue>();
      for (const d of definitions.filter((k) => k.attribution.includes(job.attribution) && (!job.kinds || job.kinds.has(factKindOf(k))))) {
        for (const period of job.months) this.measure(writes, d, job.id, job.attribution, period, calculate(d, period, counted), values);
      }
    }
    await this.flush(tx, writes);
  }

  /** A provider's monthly return is the value of the KPIs that measure it, for that provider and month. */
  async measureReturn(tx: Tx, providerId: string, period: string, measure: string, value: number, responses: number): Promise<void> {
    await this.lock(tx);
    const writes = new Writes();
    for (const d of (await this.store.definitions(tx)).filter((k) => k.source === 'provider-return' && k.measure === measure)) {
      const stored = await this.store.valuesBetween(tx, [providerId], shiftMonths(period, -11), [period, this.clock.today().slice(0, 7)].sort()[1]);
      this.measure(writes, d, providerId, 'member', period, { value, denominator: d.formula === 'mean-score' ? responses : undefined }, stored.get(providerId) ?? new Map());
    }
    await this.flush(tx, writes);
  }

  /** One council's measurements at a time: consortium values are shared by every member's events. */
  private async lock(tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kpi-measurement:' || $1))`, [tx.tenantId]);
  }

  /** Measures one KPI for one month against the stored values (which it keeps up to date), noting what to save and announce. */
  private measure(
    writes: Writes, d: KpiDefinition, providerId: string, attribution: 'member' | 'consortium', period: string, result: ReturnType<typeof calculate>,
    stored: Map<string, StoredValue>,
  ) {
    const status = ragStatus(d, result.value, result.denominator);
    const lookback = d.breachRule.kind === 'red' ? 0 : d.breachRule.months - 1;
    const earlier = !lookback ? [] : [...stored.values()].filter((v) => v.kpiId === d.id && v.period < period).sort((a, b) => a.period.localeCompare(b.period)).slice(-lookback);
    const history = [...earlier.map((v) => v.status), status];
    const next: StoredValue = {
      kpiId: d.id, providerId, attribution, period, definitionVersion: d.version, value: result.value, numerator: result.numerator,
      denominator: result.denominator, status, breached: inBreach(d.breachRule, history),
    };
    const before = stored.get(`${d.id}|${period}`);
    if (same(before, next) && before!.breached === next.breached) return;
    stored.set(`${d.id}|${period}`, next);
    writes.note(d, next, before);
    // a month's new status can move the breach state of the months after it, under rules that look back
    if (lookback && before?.status !== next.status) this.reevaluateLater(writes, d, next, stored);
  }

  private reevaluateLater(writes: Writes, d: KpiDefinition, changed: StoredValue, stored: Map<string, StoredValue>) {
    const series = [...stored.values()].filter((v) => v.kpiId === d.id).sort((a, b) => a.period.localeCompare(b.period));
    for (const later of series.filter((v) => v.period > changed.period)) {
      const upTo = series.filter((v) => v.period <= later.period).map((v) => v.status);
      const breached = inBreach(d.breachRule, upTo);
      if (breached === later.breached) continue;
      const next = { ...later, breached };
      stored.set(`${d.id}|${later.period}`, next);
      writes.note(d, next, later);
    }
  }

  /** Saves the values and records their announcements, each in one statement. */
  private async flush(tx: Tx, writes: Writes) {
    await this.store.saveValues(tx, [...writes.values.values()]);
    await this.outbox.addAll(tx, writes.events);
  }
}

/** One provider's (or the consortium's) KPIs to measure for some months, from the tallies of the providers it covers. */
interface Job {
  id: string;
  attribution: 'member' | 'consortium';
  providers: string[];
  months: string[];
  /** Only the KPIs reading these kinds of facts (all when absent). */
  kinds?: ReadonlySet<FactKind>;
}

/** Each changed member's own KPIs, then the consortium's over every member, for all the months and kinds that changed. */
function jobsFor(membership: Membership | undefined, changed: Map<string, { months: Set<string>; kinds?: Set<FactKind> }>): Job[] {
  const jobs: Job[] = [...changed].sort(([a], [b]) => a.localeCompare(b))
    .map(([providerId, c]) => ({ id: providerId, attribution: 'member', providers: [providerId], months: [...c.months].sort(), kinds: c.kinds }));
  const members = jobs.filter((j) => membership?.providerIds.includes(j.id));
  if (!membership || !members.length) return jobs;
  const kinds = members.some((j) => !j.kinds) ? undefined : new Set(members.flatMap((j) => [...j.kinds!]));
  return [...jobs, { id: membership.consortiumId, attribution: 'consortium', providers: membership.providerIds, months: [...new Set(members.flatMap((j) => j.months))].sort(), kinds }];
}

type Announcement = { contract: typeof KpiMeasured | typeof KpiBreached | typeof KpiRecovered; aggregateId: string; aggregateVersion: number; data: object; key: string };

/** The values a recompute changed (the last of each) and what to announce, in the order they happened. */
class Writes {
  readonly values = new Map<string, StoredValue>();
  readonly events: Announcement[] = [];

  note(d: KpiDefinition, next: StoredValue, before: StoredValue | undefined) {
    this.values.set(`${next.kpiId}|${next.providerId}|${next.period}`, next);
    const key = `${next.providerId}|${d.id}`;
    const data = {
      kpiId: d.id, definitionVersion: next.definitionVersion, providerId: next.providerId, attribution: next.attribution, period: next.period, value: next.value,
      numerator: next.numerator, denominator: next.denominator, status: next.status, target: d.target, floor: d.floor, breachRule: ruleCode(d),
      measuredAt: new Date().toISOString(),
    };
    const announce = (contract: Announcement['contract']) => this.events.push({ contract, aggregateId: key, aggregateVersion: 1, data, key });
    if (!same(before, next)) announce(KpiMeasured);
    if (next.breached && !before?.breached) announce(KpiBreached);
    if (!next.breached && before?.breached) announce(KpiRecovered);
  }
}

function ruleCode({ breachRule: r }: KpiDefinition): string {
  return r.kind === 'red' ? 'red' : r.kind === 'consecutive' ? `consecutive:${r.months}` : `in-last:${r.count}/${r.months}`;
}

function shiftMonths(period: string, by: number): string {
  let p = period;
  for (let i = 0; i < Math.abs(by); i++) p = by < 0 ? previousMonth(p) : nextMonth(p);
  return p;
}
