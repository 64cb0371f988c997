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

/** Whether the KPI is in breach, given its statuses month by month up to now (oldest first, the current month last). */
export function inBreach(rule: BreachRule, statuses: RagStatus[]): boolean {
  const current = statuses.at(-1);
  if (rule.kind === 'red') return current === 'red';
  if (rule.kind === 'consecutive') return statuses.length >= rule.months && statuses.slice(-rule.months).every((s) => s === 'red');
  return current === 'red' && statuses.slice(-rule.months).filter((s) => s === 'red').length >= rule.count;
}

export function describeRule(rule: BreachRule): string {
  if (rule.kind === 'red') return 'red (below floor) in the month';
  if (rule.kind === 'consecutive') return `below floor ${rule.months} consecutive months`;
  return `below floor ${rule.count} in the last ${rule.months} months`;
}
