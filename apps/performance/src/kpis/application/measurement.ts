import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiMeasured, KpiRecovered } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { calculate, monthsMoved, nextMonth, previousMonth } from '../domain/kpi-calculation';
import { FactKind } from '../domain/facts';
import { factKindOf, KpiDefinition } from '../domain/kpi-definition';
import { inBreach, ragStatus } from '../domain/rag';
import { factKindOfSeries, tallyFacts } from '../domain/tally';
import { PerformanceStore, StoredValue } from './performance-store';
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

  /** Adds a batch's changes to the tallies, then measures, once, everything they moved. */
  async apply(tx: Tx, touched: Touched): Promise<void> {
    if (!touched.changes.size) return;
    await this.lock(tx);
    const providers = [...touched.changes.keys()].sort();
    for (const providerId of providers) await this.store.addToTallies(tx, providerId, touched.changes.get(providerId)!);
    for (const providerId of providers) {
      const changes = touched.changes.get(providerId)!;
      await this.recompute(tx, providerId, monthsMoved(changes, this.clock.today()), { kinds: new Set(changes.map((c) => factKindOfSeries(c.series))) });
    }
  }

  async recompute(tx: Tx, providerId: string | undefined, months: string[], only: { member?: boolean; consortium?: boolean; kinds?: ReadonlySet<FactKind> } = {}): Promise<void> {
    if (!providerId || !months.length) return;
    await this.lock(tx);
    const membership = await this.store.membership(tx);
    const definitions = (await this.store.definitions(tx)).filter((d) => d.source === 'events' && (!only.kinds || only.kinds.has(factKindOf(d))));
    if (!definitions.length) return;
    const targets: { id: string; attribution: 'member' | 'consortium'; providers: string[] }[] = [];
    if (only.member !== false) targets.push({ id: providerId, attribution: 'member', providers: [providerId] });
    if (only.consortium !== false && membership?.providerIds.includes(providerId)) targets.push({ id: membership.consortiumId, attribution: 'consortium', providers: membership.providerIds });
    for (const target of targets) {
      const tallies = await this.store.tallies(tx, target.providers, months[0], months[months.length - 1]);
      const stored = await this.store.valuesBetween(tx, target.id, shiftMonths(months[0], -11), this.clock.today().slice(0, 7));
      for (const d of definitions.filter((k) => k.attribution.includes(target.attribution))) {
        for (const period of months) await this.measure(tx, d, target.id, target.attribution, period, calculate(d, period, tallies), stored);
      }
    }
  }

  /** Every KPI, for every provider and the consortium, for the months given, with the tallies rebuilt from the facts: after a catalogue change, or to rebuild history. */
  async recomputeAll(tx: Tx, months: string[]): Promise<number> {
    const membership = await this.store.membership(tx);
    if (!membership) return 0;
    await this.lock(tx);
    await this.store.replaceTallies(tx, tallyFacts(await this.store.allFacts(tx)));
    for (const providerId of membership.providerIds) await this.recompute(tx, providerId, months, { consortium: false });
    await this.recompute(tx, membership.providerIds[0], months, { member: false });
    return membership.providerIds.length + 1;
  }

  /** A provider's monthly return is the value of the KPIs that measure it, for that provider and month. */
  async measureReturn(tx: Tx, providerId: string, period: string, measure: string, value: number, responses: number): Promise<void> {
    await this.lock(tx);
    for (const d of (await this.store.definitions(tx)).filter((k) => k.source === 'provider-return' && k.measure === measure)) {
      await this.measure(tx, d, providerId, 'member', period, { value, denominator: d.formula === 'mean-score' ? responses : undefined });
    }
  }

  /** One council's measurements at a time: consortium values are shared by every member's events. */
  private async lock(tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kpi-measurement:' || $1))`, [tx.tenantId]);
  }

  private async measure(
    tx: Tx, d: KpiDefinition, providerId: string, attribution: 'member' | 'consortium', period: string, result: ReturnType<typeof calculate>,
    stored?: Map<string, StoredValue>,
  ) {
    const status = ragStatus(d, result.value, result.denominator);
    const lookback = d.breachRule.kind === 'red' ? 0 : d.breachRule.months - 1;
    const earlier = !lookback ? [] : stored
      ? [...stored.values()].filter((v) => v.kpiId === d.id && v.period < period).sort((a, b) => a.period.localeCompare(b.period)).slice(-lookback).map((v) => v.status)
      : await this.store.statusesBefore(tx, d.id, providerId, period, lookback);
    const history = [...earlier, status];
    const next: StoredValue = {
      kpiId: d.id, providerId, attribution, period, definitionVersion: d.version, value: result.value, numerator: result.numerator,
      denominator: result.denominator, status, breached: inBreach(d.breachRule, history),
    };
    const before = stored ? stored.get(`${d.id}|${period}`) : await this.store.value(tx, d.id, providerId, period);
    if (same(before, next) && before!.breached === next.breached) return;
    await this.store.saveValue(tx, next);
    stored?.set(`${d.id}|${period}`, next);
    await this.announce(tx, d, next, before);
    // a month's new status can move the breach state of the months after it, under rules that look back
    if (lookback && before?.status !== next.status) await this.reevaluateLater(tx, d, next, stored ?? (await this.store.valuesBetween(tx, providerId, shiftMonths(period, -11), this.clock.today().slice(0, 7))));
  }

  private async reevaluateLater(tx: Tx, d: KpiDefinition, changed: StoredValue, stored: Map<string, StoredValue>) {
    const series = [...stored.values()].filter((v) => v.kpiId === d.id).sort((a, b) => a.period.localeCompare(b.period));
    for (const later of series.filter((v) => v.period > changed.period)) {
      const upTo = series.filter((v) => v.period <= later.period).map((v) => v.status);
      const breached = inBreach(d.breachRule, upTo);
      if (breached === later.breached) continue;
      const next = { ...later, breached };
      await this.store.saveValue(tx, next);
      stored.set(`${d.id}|${later.period}`, next);
      await this.announce(tx, d, next, later);
    }
  }

  private async announce(tx: Tx, d: KpiDefinition, next: StoredValue, before: StoredValue | undefined) {
    const key = `${next.providerId}|${d.id}`;
    const data = {
      kpiId: d.id, definitionVersion: next.definitionVersion, providerId: next.providerId, attribution: next.attribution, period: next.period, value: next.value,
      numerator: next.numerator, denominator: next.denominator, status: next.status, target: d.target, floor: d.floor, breachRule: ruleCode(d),
      measuredAt: new Date().toISOString(),
    };
    if (!same(before, next)) await this.outbox.add(tx, KpiMeasured, key, 1, data, key);
    if (next.breached && !before?.breached) await this.outbox.add(tx, KpiBreached, key, 1, data, key);
    if (!next.breached && before?.breached) await this.outbox.add(tx, KpiRecovered, key, 1, data, key);
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
