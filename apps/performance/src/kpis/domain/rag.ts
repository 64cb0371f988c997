import { RagStatus } from '@carers/contracts';
import { BreachRule, KpiDefinition } from './kpi-definition';

/** Green meets the target, amber meets the floor, red is below the floor; too few cases gives no RAG at all. */
export function ragStatus(
  d: Pick<KpiDefinition, 'target' | 'floor' | 'direction' | 'minimumDenominator'>,
  value: number | undefined,
  denominator?: number,
): RagStatus {
  if (value === undefined || (denominator !== undefined && denominator < d.minimumDenominator)) return 'insufficient-data';
  const meets = (threshold: number) => (d.direction === 'higher-is-better' ? value >= threshold : value <= threshold);
  if (meets(d.target)) return 'green';
  if (meets(d.floor)) return 'amber';
  return 'red';
}

/**
 * How many calendar months before the current one a rule looks at. A consecutive rule looks `within` months
 * (twice its months unless the definition says otherwise), so months with too few cases can sit inside a run.
 */
export function lookbackOf(rule: BreachRule): number {
  if (rule.kind === 'red') return 0;
  if (rule.kind === 'consecutive') return withinOf(rule) - 1;
  return rule.months - 1;
}

const withinOf = (rule: Extract<BreachRule, { kind: 'consecutive' }>) => Math.min(rule.within ?? rule.months * 2, 12);

/**
 * Whether the KPI is in breach, given its status in each calendar month up to now (oldest first, the current month
 * last; a month with no value is insufficient-data). A breach is red now. Under a consecutive rule, the run counts red
 * months back from now; a month with too few cases neither breaks the run nor extends it (issue 19, ADR 0028).
 */
export function inBreach(rule: BreachRule, statuses: RagStatus[]): boolean {
  if (statuses.at(-1) !== 'red') return false;
  if (rule.kind === 'red') return true;
  if (rule.kind === 'consecutive') {
    let reds = 0;
    for (const status of statuses.slice(-withinOf(rule)).reverse()) {
      if (status === 'red') reds++;
      else if (status !== 'insufficient-data') break;
      if (reds >= rule.months) return true;
    }
    return false;
  }
  return statuses.slice(-rule.months).filter((s) => s === 'red').length >= rule.count;
}

export function describeRule(rule: BreachRule): string {
  if (rule.kind === 'red') return 'red (below floor) in the month';
  if (rule.kind === 'consecutive')
    return `below floor ${rule.months} months running, counted back from the current month over at most ${withinOf(rule)} calendar months; a month with too few cases neither breaks nor extends the run`;
  return `below floor now and in ${rule.count} of the last ${rule.months} calendar months`;
}
