import { KpiDefinition } from './kpi-definition';
import { describeRule } from './rag';

/**
 * A KPI's definition in words and fields, enough for a provider to recompute its own figure from its own records
 * (issue 19). Written from the same rules `tally.ts` and `kpi-calculation.ts` apply; `kpi-explained.spec.ts` recomputes
 * the provider guide's worked example from these words.
 */
export interface KpiExplained {
  /** The whole rule in one paragraph. */
  inWords: string;
  numerator?: string;
  denominator: string;
  /** How days are counted between two dates, where the KPI counts days. */
  dayBasis?: string;
  /** The month a case or carer counts in. */
  countedIn: string;
  minimumDenominator: string;
  /** How the percentile is taken, for a median or 90th percentile. */
  percentileMethod?: string;
  value: string;
  rag: string;
  breach: string;
  attribution: string;
  source: string;
}

interface MeasureWords {
  numerator?: (d: KpiDefinition) => string;
  denominator: string;
  dayBasis?: string;
  countedIn: string;
}

const CALENDAR_DAYS = (from: string, to: string) =>
  `calendar days from the ${from} date to the ${to} date (the later date minus the earlier; weekends, bank holidays and clock pauses are not taken out)`;
const NO_START = 'a case whose starting date is unknown counts in the denominator and never as on time';

const timely = (from: string, to: string, cases: string): MeasureWords => ({
  numerator: (d) => `${cases} whose ${to} came no more than ${d.withinDays} days after the ${from}`,
  denominator: `${cases} whose ${to} date fell in the month (${NO_START})`,
  dayBasis: CALENDAR_DAYS(from, to),
  countedIn: `the month of the ${to} date`,
});

const review = (type: string): MeasureWords => ({
  numerator: () => `${type} reviews completed on or before their due date`,
  denominator: `${type} reviews completed in the month`,
  dayBasis: 'the review date compared with the due date the review clock gave (no counting of days here)',
  countedIn: 'the month of the review date',
});

const atMonthEnd = (counted: string): MeasureWords => ({
  numerator: () => counted,
  denominator: 'carers on the register and supported by the provider at the end of the month',
  countedIn:
    'the end of every month from the month of registration (or of the emergency plan) up to the month before the one the carer leaves the register in; a carer who joins and leaves in one month never counts',
});

const MEASURE_WORDS: Record<string, MeasureWords> = {
  'first-contact': timely('request', 'first contact', 'requests'),
  commenced: timely('request', 'commencement', 'standard (not fast-track) assessments'),
  'fast-track-commenced': timely('request', 'commencement', 'fast-track assessments'),
  'plan-after-assessment': timely('assessment completion', 'support plan agreement', 'support plans'),
  'light-touch-review': review('light-touch'),
  'planned-review': review('planned'),
  'wellbeing-improved': {
    numerator: () => "reviews where the carer's ten wellbeing scores add up to more than they did when the plan was agreed",
    denominator: 'reviews of any type completed in the month',
    countedIn: 'the month of the review date',
  },
  'waiting-list-size': {
    denominator:
      'requests not yet commenced, completed, refused or closed (their carer left the register or was merged) at the end of the month; a request ended in the month it was made never counts',
    countedIn: 'the end of every month from the month of the request up to the month before the one it ended in',
  },
  'young-carers-identified': {
    denominator:
      'young carers identified in the month (assessments completed that found a child involved in caring, Assessment Regs reg 4(3))',
    countedIn: 'the month of the assessment completion',
  },
  'wait-to-commence': {
    denominator: 'assessments, standard and fast-track, whose commencement date fell in the month',
    dayBasis: CALENDAR_DAYS('request', 'commencement'),
    countedIn: 'the month of the commencement date',
  },
  'gp-consent-recorded': atMonthEnd('of those, carers who consented to their GP being told they are a carer'),
  'emergency-plan-in-place': atMonthEnd('of those, carers with an emergency plan'),
  'listened-to-and-respected': {
    denominator: "responses to the question in the provider's monthly return for the month",
    countedIn: 'the month the return is for',
  },
  'support-groups-run': {
    denominator: "support groups the provider's monthly return for the month reports",
    countedIn: 'the month the return is for',
  },
};

const PERCENTILE_METHOD =
  'sort the waits in days; the rank is p/100 × (n − 1) counted from 0, interpolated linearly between the two waits around it (as PERCENTILE.INC in a spreadsheet)';
const ONE_DECIMAL = 'rounded to one decimal place, halves up';

function valueOf(d: KpiDefinition): string {
  switch (d.formula) {
    case 'proportion-within':
    case 'proportion-improved':
    case 'proportion-of-carers':
      return `numerator ÷ denominator × 100, ${ONE_DECIMAL}`;
    case 'median-wait':
      return `the median (50th percentile) of the waits, in days, ${ONE_DECIMAL}`;
    case 'p90-wait':
      return `the 90th percentile of the waits, in days, ${ONE_DECIMAL}`;
    case 'mean-score':
      return "the mean score the provider's monthly return reports";
    case 'count':
      return 'the count';
  }
}

const unit = (d: KpiDefinition) => (d.formula.startsWith('proportion') ? '%' : d.formula.endsWith('wait') ? ' days' : '');

/** The definition in words and fields: what `GET /kpis` and the monthly pack show beside each KPI. */
export function explain(d: KpiDefinition): KpiExplained {
  const words = MEASURE_WORDS[d.measure];
  const better = d.direction === 'higher-is-better' ? 'at or above' : 'at or below';
  const worse = d.direction === 'higher-is-better' ? 'below' : 'above';
  const explained: KpiExplained = {
    inWords: '',
    numerator: words.numerator?.(d),
    denominator: words.denominator,
    dayBasis: words.dayBasis,
    countedIn: words.countedIn,
    minimumDenominator: d.minimumDenominator
      ? `with fewer than ${d.minimumDenominator} in the denominator the month is insufficient-data: no RAG status and no breach`
      : 'no minimum: every month is rated',
    percentileMethod: d.formula === 'median-wait' || d.formula === 'p90-wait' ? PERCENTILE_METHOD : undefined,
    value: valueOf(d),
    rag: [
      `green ${better} the target of ${d.target}${unit(d)}, amber ${better} the floor of ${d.floor}${unit(d)}, red ${worse} the floor`,
      ...(d.providerTargets ?? []).map(
        (t) => `${t.providerId} is judged on a target of ${t.target}${unit(d)} and a floor of ${t.floor}${unit(d)}`,
      ),
    ].join('; '),
    breach: `in breach when ${describeRule(d.breachRule)}`,
    attribution: [
      d.attribution.includes('member') && 'each member on the cases delegated to it',
      d.attribution.includes('consortium') && "the consortium on all its members' cases together",
    ]
      .filter(Boolean)
      .join('; '),
    source: d.source === 'events' ? "the platform's own records of the work, as the services announce it" : "providers' monthly returns",
  };
  explained.inWords = [
    `${d.name}: ${explained.value}`,
    explained.numerator && `the numerator is ${explained.numerator}`,
    `the denominator is ${explained.denominator}`,
    explained.dayBasis && `days are ${explained.dayBasis}`,
    `counted in ${explained.countedIn}`,
    explained.minimumDenominator,
  ]
    .filter(Boolean)
    .join('; ')
    .concat('.');
  return explained;
}
