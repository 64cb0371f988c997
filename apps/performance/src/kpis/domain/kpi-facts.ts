import { KpiMeasured } from '@carers/contracts';
import { KpiDefinition, thresholdsFor } from './kpi-definition';
import { StoredValue } from './kpi-value';

/** What every KPI-status event says of a value: the figures, and the thresholds and breach rule it was judged by (the contract's own fields). */
export type KpiFacts = KpiMeasured;

/** The provider (or consortium) and KPI, `providerId|kpiId`: the aggregate and key of every KPI-status event, live or closed. */
export const kpiStatusKey = (v: { providerId: string; kpiId: string }) => `${v.providerId}|${v.kpiId}`;

/** A value's facts, judged by definition `d` (its thresholds left out when the definition is not known). */
export function kpiFacts(v: StoredValue, d: KpiDefinition | undefined, measuredAt: string): KpiFacts {
  return {
    kpiId: v.kpiId,
    definitionVersion: v.definitionVersion,
    providerId: v.providerId,
    attribution: v.attribution,
    period: v.period,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    status: v.status,
    ...(d && { ...thresholdsFor(d, v.providerId), breachRule: ruleCode(d) }),
    measuredAt,
  };
}

function ruleCode({ breachRule: r }: KpiDefinition): string {
  return r.kind === 'red' ? 'red' : r.kind === 'consecutive' ? `consecutive:${r.months}` : `in-last:${r.count}/${r.months}`;
}
