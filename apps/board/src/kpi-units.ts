import type { Unit } from './board-view-models';
import { KpiDefinition, PackRow } from './upstream-shapes';

/** What a KPI's value is: a percentage, a number of days, a count or a mean score, from its formula. */
export function unitOf(formula: string | undefined, row?: Pick<PackRow, 'numerator' | 'denominator' | 'value'>): Unit {
  if (formula?.startsWith('proportion')) return '%';
  if (formula === 'median-wait' || formula === 'p90-wait') return 'days';
  if (formula === 'count') return 'count';
  if (formula === 'mean-score') return 'score';
  // a KPI the catalogue did not describe: guess from the figures the pack holds
  if (row?.numerator !== undefined) return '%';
  if (row?.value !== undefined && row.value === row.denominator) return 'count';
  return 'days';
}

/** The value as the board reads it: "85.7%", "12 days", "42", "4.2 of 5". */
export function formatValue(value: number | undefined | null, unit: Unit): string {
  if (value === undefined || value === null) return 'No data';
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (unit === '%') return `${n}%`;
  if (unit === 'days') return `${n} ${value === 1 ? 'day' : 'days'}`;
  if (unit === 'score') return `${n} of 5`;
  return n;
}

const SHORT_NAMES: Record<string, string> = {
  'first-contact-10-days': 'Contact in 10 days',
  'assessment-commenced-14-days': 'Assessment started in 14 days',
  'fast-track-commenced-4-days': 'Fast track in 4 days',
  'support-plan-7-days': 'Support plan in 7 days',
  'light-touch-review-12-weeks': 'Light-touch reviews on time',
  'planned-review-12-months': 'Planned reviews on time',
  'waiting-list-size': 'Waiting list',
  'median-wait-to-commence': 'Median wait',
  'p90-wait-to-commence': '90th percentile wait',
  'wellbeing-improved': 'Wellbeing improved',
  'young-carers-identified': 'Young carers identified',
  'gp-consent-recorded': 'GP told',
  'emergency-plans-in-place': 'Emergency plans',
  'listened-to-and-respected': 'Listened to and respected',
  'support-groups-run': 'Support groups',
};

/** A column heading short enough for the matrix; the full name goes in the key under it. */
export function shortName(d: Pick<KpiDefinition, 'id' | 'name'>): string {
  if (SHORT_NAMES[d.id]) return SHORT_NAMES[d.id];
  if (d.name.length <= 28) return d.name;
  const cut = d.name.slice(0, 27);
  return `${(cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut).trimEnd()}…`;
}
