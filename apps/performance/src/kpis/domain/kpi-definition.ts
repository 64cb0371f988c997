import { Violation } from '@carers/contracts';
import { UnsoundKpiDefinitionError } from './kpi-definition.errors';
export const FORMULA_KINDS = [
  'proportion-within',
  'count',
  'median-wait',
  'p90-wait',
  'mean-score',
  'proportion-improved',
  'proportion-of-carers',
] as const;
export type FormulaKind = (typeof FORMULA_KINDS)[number];

/** What each formula kind can measure, from the event projections (or a provider's monthly return). */
export const MEASURES: Record<FormulaKind, readonly string[]> = {
  'proportion-within': [
    'first-contact',
    'commenced',
    'fast-track-commenced',
    'plan-after-assessment',
    'light-touch-review',
    'planned-review',
  ],
  count: ['waiting-list-size', 'young-carers-identified', 'support-groups-run'],
  'median-wait': ['wait-to-commence'],
  'p90-wait': ['wait-to-commence'],
  'mean-score': ['listened-to-and-respected'],
  'proportion-improved': ['wellbeing-improved'],
  /** Of the carers a provider supports at the month's end. */
  'proportion-of-carers': ['gp-consent-recorded', 'emergency-plan-in-place'],
};

/** Measures that come from providers' monthly returns rather than events. */
export const RETURNED_MEASURES = ['listened-to-and-respected', 'support-groups-run'];

export type BreachRule =
  | { kind: 'red' }
  /**
   * Below floor in `months` consecutive calendar months, counted back within `within` months (2 × months by default,
   * at most 12); months with too few cases neither break nor extend the run (issue 19, ADR 0028).
   */
  | { kind: 'consecutive'; months: number; within?: number }
  /** Below floor in `count` of the last `months` months. */
  | { kind: 'in-last'; count: number; months: number };

export interface KpiDefinition {
  id: string;
  version: number;
  name: string;
  formula: FormulaKind;
  measure: string;
  /** For proportion-within: the timescale in days that counts as on time (the review KPIs use each review's due date). */
  withinDays?: number;
  /** Percent for proportions, a number for counts and scores, days for waits. */
  target: number;
  floor: number;
  direction: 'higher-is-better' | 'lower-is-better';
  minimumDenominator: number;
  attribution: ('member' | 'consortium')[];
  source: 'events' | 'provider-return';
  breachRule: BreachRule;
  /**
   * A member's (or the consortium's) own target and floor where the contract sets one, for example a waiting-list
   * target in proportion to its caseload (issue 19); everyone else is judged on `target` and `floor`.
   */
  providerTargets?: ProviderTarget[];
}

export interface ProviderTarget {
  providerId: string;
  target: number;
  floor: number;
}

/** The target and floor the provider (or consortium) is judged on under this definition. */
export function thresholdsFor(
  d: Pick<KpiDefinition, 'target' | 'floor' | 'providerTargets'>,
  providerId: string,
): { target: number; floor: number } {
  const own = d.providerTargets?.find((t) => t.providerId === providerId);
  return own ? { target: own.target, floor: own.floor } : { target: d.target, floor: d.floor };
}

/** What is wrong with a definition, in words an officer can act on; empty when it is sound. */
export function definitionProblems(d: KpiDefinition): Violation[] {
  const problems: Violation[] = [];
  const problem = (field: string, reason: string) => problems.push({ field, reason });
  if (!(FORMULA_KINDS as readonly string[]).includes(d.formula))
    problem('formula', `"${d.formula}" is not one of ${FORMULA_KINDS.join(', ')}`);
  else if (!MEASURES[d.formula].includes(d.measure))
    problem('measure', `a ${d.formula} KPI measures one of ${MEASURES[d.formula].join(', ')}`);
  const thresholds = [{ field: '', target: d.target, floor: d.floor }].concat(
    (d.providerTargets ?? []).map((t, i) => ({ field: `providerTargets[${i}].`, target: t.target, floor: t.floor })),
  );
  for (const t of thresholds) {
    if (d.direction === 'higher-is-better' && t.floor > t.target)
      problem(`${t.field}floor`, 'for a higher-is-better KPI the floor cannot be above the target');
    if (d.direction === 'lower-is-better' && t.floor < t.target)
      problem(`${t.field}floor`, 'for a lower-is-better KPI the floor cannot be below the target');
    if (d.formula.startsWith('proportion') && (t.target > 100 || t.floor < 0))
      problem(`${t.field}target`, 'a proportion is a percentage from 0 to 100');
  }
  const named = (d.providerTargets ?? []).map((t) => t.providerId);
  const twice = named.filter((p, i) => named.indexOf(p) !== i);
  if (twice.length) problem('providerTargets', `one target per provider: ${[...new Set(twice)].join(', ')} has more than one`);
  if (
    d.formula === 'proportion-within' &&
    ['first-contact', 'commenced', 'fast-track-commenced', 'plan-after-assessment'].includes(d.measure) &&
    !d.withinDays
  ) {
    problem('withinDays', 'a timeliness KPI needs the number of days that counts as on time');
  }
  if (d.source === 'provider-return' && !RETURNED_MEASURES.includes(d.measure))
    problem('source', `provider returns give ${RETURNED_MEASURES.join(' and ')} only`);
  if (d.source === 'events' && RETURNED_MEASURES.includes(d.measure))
    problem('source', `${d.measure} comes from providers' monthly returns`);
  if (d.breachRule.kind === 'in-last' && d.breachRule.count > d.breachRule.months) problem('breachRule', 'count cannot exceed months');
  if (d.breachRule.kind === 'consecutive' && d.breachRule.within !== undefined && d.breachRule.within < d.breachRule.months)
    problem('breachRule.within', 'the run must fit in the months it is looked for within');
  if (!d.attribution.length) problem('attribution', 'measure for members, the consortium, or both');
  return problems;
}

/** The kind of facts a KPI is computed from. */
export function factKindOf(d: Pick<KpiDefinition, 'formula' | 'measure'>): 'assessment' | 'review' | 'carer' {
  if (d.formula === 'proportion-of-carers') return 'carer';
  if (d.formula === 'proportion-improved' || d.measure === 'light-touch-review' || d.measure === 'planned-review') return 'review';
  return 'assessment';
}

/** A breach rule as an officer writes it, checked: a consecutive rule needs its months, an in-last rule its count and months. */
export function breachRuleOf(r: { kind: string; months?: number; count?: number; within?: number }): BreachRule {
  if (r.kind === 'consecutive') {
    if (!r.months) throw new UnsoundKpiDefinitionError([{ field: 'breachRule.months', reason: 'how many consecutive months' }]);
    return r.within === undefined ? { kind: 'consecutive', months: r.months } : { kind: 'consecutive', months: r.months, within: r.within };
  }
  if (r.kind === 'in-last') {
    if (!r.months || !r.count) throw new UnsoundKpiDefinitionError([{ field: 'breachRule', reason: 'in-last needs count and months' }]);
    return { kind: 'in-last', count: r.count, months: r.months };
  }
  return { kind: 'red' };
}
