import { areaRow, areaSummary, SUPPRESSION_RULE } from './area-summary';
import { CATALOGUE, pack, PROVIDERS, row } from './board-test-data.test-helpers';

const [CONTACT, WAITING, MEDIAN, LISTENED] = CATALOGUE;

describe('areaRow: one consortium figure for the area board', () => {
  describe('a proportion', () => {
    it('shows suppressed counts and a percentage worked out from them', () => {
      const r = areaRow(
        row({ numerator: 43, denominator: 52, value: 82.7, status: 'amber', directionOfTravel: 'worsening' }),
        CONTACT,
        'Carers Together',
      );
      expect(r).toEqual({
        kpiId: 'first-contact-10-days',
        shortName: 'Contact in 10 days',
        name: CONTACT.name,
        unit: '%',
        consortium: 'Carers Together',
        numerator: '45',
        denominator: '50',
        value: '90%',
        rag: 'Amber',
        direction: 'worsening',
      });
    });

    it('withholds the percentage, RAG and direction when the numerator is small', () => {
      const r = areaRow(row({ numerator: 3, denominator: 40, value: 7.5, status: 'red' }), CONTACT, 'C');
      expect(r).toMatchObject({ numerator: '*', denominator: '40', value: null, rag: null, direction: null });
      expect(r.withheld).toMatch(/fewer than 8/);
    });

    it('withholds the percentage when the denominator is small, even if the numerator is 0', () => {
      expect(areaRow(row({ numerator: 0, denominator: 6, value: 0 }), CONTACT, 'C')).toMatchObject({
        numerator: '0',
        denominator: '*',
        value: null,
        rag: null,
      });
    });

    it('withholds the percentage when both are small', () => {
      expect(areaRow(row({ numerator: 5, denominator: 5, value: 100 }), CONTACT, 'C')).toMatchObject({
        numerator: '*',
        denominator: '*',
        value: null,
      });
    });

    it('shows 0% when none of a large enough group was on time', () => {
      expect(areaRow(row({ numerator: 0, denominator: 20, value: 0, status: 'red' }), CONTACT, 'C')).toMatchObject({
        numerator: '0',
        denominator: '20',
        value: '0%',
        rag: 'Red',
      });
    });

    it('says "no data" when nobody was counted', () => {
      const r = areaRow(row({ numerator: 0, denominator: 0, value: undefined, status: 'insufficient-data' }), CONTACT, 'C');
      expect(r).toMatchObject({ numerator: '0', denominator: '0', value: null, rag: null });
      expect(r.withheld).toMatch(/no data/);
    });

    it('does not show a percentage whose counts the pack did not give', () => {
      expect(areaRow(row({ numerator: undefined, denominator: undefined, value: 75 }), CONTACT, 'C')).toMatchObject({
        value: null,
        withheld: 'withheld: counts not published',
      });
    });

    it('never shows the unrounded count', () => {
      const r = areaRow(row({ numerator: 41, denominator: 49, value: 83.7 }), CONTACT, 'C');
      expect(JSON.stringify(r)).not.toMatch(/41|49|83\.7/);
    });
  });

  describe('a count', () => {
    it('shows the count rounded to the nearest 5', () => {
      expect(
        areaRow(
          row({ kpiId: 'waiting-list-size', value: 62, numerator: undefined, denominator: 62, status: 'amber', directionOfTravel: 'same' }),
          WAITING,
          'C',
        ),
      ).toMatchObject({ unit: 'count', count: '60', value: '60', rag: 'Amber', direction: 'no change' });
    });

    it('shows a small count as * and withholds its RAG and direction', () => {
      const r = areaRow(row({ kpiId: 'waiting-list-size', value: 4, numerator: undefined, denominator: 4, status: 'green' }), WAITING, 'C');
      expect(r).toMatchObject({ count: '*', value: '*', rag: null, direction: null });
      expect(r.denominator).toBeUndefined();
    });

    it('shows a zero count as 0', () => {
      expect(
        areaRow(row({ kpiId: 'waiting-list-size', value: 0, numerator: undefined, denominator: 0, status: 'green' }), WAITING, 'C'),
      ).toMatchObject({ count: '0', value: '0', rag: 'Green' });
    });
  });

  describe('a wait in days or a mean score', () => {
    it('shows the median wait when enough assessments are behind it, with their count rounded', () => {
      expect(
        areaRow(
          row({
            kpiId: 'median-wait-to-commence',
            value: 11.5,
            numerator: undefined,
            denominator: 33,
            status: 'amber',
            directionOfTravel: 'improving',
          }),
          MEDIAN,
          'C',
        ),
      ).toMatchObject({ unit: 'days', denominator: '35', value: '11.5 days', rag: 'Amber', direction: 'improving' });
    });

    it('withholds the median of a handful of assessments', () => {
      expect(
        areaRow(
          row({ kpiId: 'median-wait-to-commence', value: 30, numerator: undefined, denominator: 7, status: 'insufficient-data' }),
          MEDIAN,
          'C',
        ),
      ).toMatchObject({ denominator: '*', value: null, rag: null, direction: null });
    });

    it('withholds a mean score without a count of responses', () => {
      expect(
        areaRow(row({ kpiId: 'listened-to-and-respected', value: 4.2, numerator: undefined, denominator: undefined }), LISTENED, 'C'),
      ).toMatchObject({ unit: 'score', value: null });
    });

    it('shows a mean score from enough responses', () => {
      expect(
        areaRow(row({ kpiId: 'listened-to-and-respected', value: 4.2, numerator: undefined, denominator: 24 }), LISTENED, 'C'),
      ).toMatchObject({ denominator: '25', value: '4.2 of 5', rag: 'Green' });
    });
  });

  it('infers the unit of a KPI missing from the catalogue', () => {
    expect(areaRow(row({ kpiId: 'new-kpi', kpi: 'A new KPI', numerator: 20, denominator: 40, value: 50 }), undefined, 'C')).toMatchObject({
      unit: '%',
      name: 'A new KPI',
      value: '50%',
    });
  });
});

describe('areaSummary: the area board view of a month', () => {
  const rows = [
    row({ providerId: 'downs-carers', attribution: 'member', numerator: 3, denominator: 9 }),
    row({ kpiId: 'median-wait-to-commence', value: 9, numerator: undefined, denominator: 50 }),
    row({ providerId: 'wiltshire-carers', attribution: 'member' }),
    row({}),
    row({ kpiId: 'waiting-list-size', value: 5, numerator: undefined, denominator: 5 }),
  ];

  it('keeps consortium rows only, in catalogue order, with the consortium named', () => {
    const s = areaSummary(pack(rows), CATALOGUE, PROVIDERS);
    expect(s.rows.map((r) => r.kpiId)).toEqual(['first-contact-10-days', 'waiting-list-size', 'median-wait-to-commence']);
    expect(s.rows.every((r) => r.consortium === 'Carers Together')).toBe(true);
    expect(JSON.stringify(s)).not.toMatch(/downs-carers|wiltshire-carers/);
  });

  it('says the period, its status and the suppression rule', () => {
    expect(areaSummary(pack(rows), CATALOGUE, PROVIDERS)).toMatchObject({
      period: '2026-10',
      status: 'provisional',
      rule: SUPPRESSION_RULE,
    });
  });

  it('falls back to the consortium id without the provider list', () => {
    expect(areaSummary(pack(rows), CATALOGUE).rows[0].consortium).toBe('carers-together-consortium');
  });

  it('suppresses every count it shows', () => {
    const s = areaSummary(pack(rows), CATALOGUE, PROVIDERS);
    for (const r of s.rows)
      for (const shown of [r.numerator, r.denominator, r.count]) if (shown !== undefined) expect(shown).toMatch(/^(0|\*|[1-9]\d*[05])$/);
  });

  it('is empty for a month with no consortium figures', () => {
    expect(areaSummary(pack([]), CATALOGUE, PROVIDERS).rows).toEqual([]);
  });
});
