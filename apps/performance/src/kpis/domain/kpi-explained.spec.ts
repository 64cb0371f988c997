import { AssessmentFact } from './facts';
import { calculate } from './kpi-calculation';
import { explain } from './kpi-explained';
import { STARTER_CATALOGUE } from './starter-catalogue';
import { assessmentContributions, Tallies } from './tally';

const kpi = (id: string) => STARTER_CATALOGUE.find((d) => d.id === id)!;

/** The provider guide's worked example (docs/providers/recompute-a-kpi.md): one provider's requests, as its own records hold them. */
const EXAMPLE: [requestedOn: string, commencedOn?: string][] = [
  ['2026-09-20', '2026-10-02'],
  ['2026-09-25', '2026-10-09'],
  ['2026-09-28', '2026-10-13'],
  ['2026-10-01', '2026-10-06'],
  ['2026-10-03', '2026-10-24'],
  ['2026-10-10', '2026-10-20'],
  ['2026-09-01', '2026-09-30'],
  ['2026-10-15'],
];

/** The guide's recomputation, from the words alone: calendar-day differences, counted in the month of the commencement. */
function byTheWords() {
  const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const october = EXAMPLE.filter(([, c]) => c?.startsWith('2026-10')).map(([r, c]) => days(r, c!));
  const waits = [...october].sort((a, b) => a - b);
  const percentile = (p: number) => {
    const rank = (p / 100) * (waits.length - 1);
    const lo = Math.floor(rank);
    return waits[lo] + (waits[Math.min(lo + 1, waits.length - 1)] - waits[lo]) * (rank - lo);
  };
  const within14 = october.filter((d) => d <= 14).length;
  const waitingAtEnd = EXAMPLE.filter(([r, c]) => r <= '2026-10-31' && (!c || c > '2026-10-31')).length;
  return {
    commenced14: { numerator: within14, denominator: october.length, value: Math.round((within14 / october.length) * 1000) / 10 },
    median: Math.round(percentile(50) * 10) / 10,
    p90: Math.round(percentile(90) * 10) / 10,
    waitingList: waitingAtEnd,
  };
}

describe('a KPI explained in words a provider can recompute it from (issue 19)', () => {
  it('explains every KPI of the starter catalogue: numerator where there is one, denominator, month counted in, minimum and breach', () => {
    for (const d of STARTER_CATALOGUE) {
      const e = explain(d);
      expect([d.id, e.denominator, e.countedIn, e.minimumDenominator, e.rag, e.breach, e.attribution]).not.toContain(undefined);
      expect(e.inWords).toContain(d.name);
      if (d.formula.startsWith('proportion')) expect(e.numerator).toBeTruthy();
      if (d.formula.endsWith('-wait')) expect(e.percentileMethod).toContain('PERCENTILE.INC');
    }
    expect(explain(kpi('assessment-commenced-14-days'))).toMatchObject({
      numerator: 'standard (not fast-track) assessments whose commencement came no more than 14 days after the request',
      countedIn: 'the month of the commencement date',
      minimumDenominator: expect.stringContaining('fewer than 5'),
      breach: 'in breach when red (below floor) in the month',
    });
  });

  it("gives the platform's own figures when the provider guide's worked example is recomputed by the words alone", () => {
    const facts: AssessmentFact[] = EXAMPLE.map(([requestedOn, commencedOn], i) => ({
      assessmentId: `a${i}`,
      providerId: 'downs-carers-trust',
      fastTrack: false,
      requestedOn,
      commencedOn,
    }));
    const tallies = new Tallies(facts.flatMap((f) => assessmentContributions(f)));
    const platform = {
      commenced14: calculate(kpi('assessment-commenced-14-days'), '2026-10', tallies),
      median: calculate(kpi('median-wait-to-commence'), '2026-10', tallies).value,
      p90: calculate(kpi('p90-wait-to-commence'), '2026-10', tallies).value,
      waitingList: calculate(kpi('waiting-list-size'), '2026-10', tallies).value,
    };
    expect(platform).toEqual(byTheWords());
    // the figures the guide prints
    expect(platform).toEqual({ commenced14: { numerator: 4, denominator: 6, value: 66.7 }, median: 13, p90: 18, waitingList: 1 });
  });
});
