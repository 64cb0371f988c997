import { ELIGIBILITY_OUTCOMES, INABILITY_REASONS } from '@carers/contracts';
import { determineEligibility, EligibilityFindings } from './eligibility';

const all: EligibilityFindings = {
  necessaryCare: true,
  healthAtRisk: true,
  unableToAchieve: [{ outcome: 'nutrition', reason: 'without-assistance' }],
  significantImpact: true,
};

describe('carer eligibility (Eligibility Regulations 2015, reg 3)', () => {
  it('is eligible when all three conditions hold', () => {
    const d = determineEligibility(all);
    expect(d).toMatchObject({ eligible: true, conditions: { necessaryCare: true, specifiedCircumstance: true, significantImpact: true } });
    expect(d.reasons.at(-1)).toBe("All three conditions are met: the carer's needs are eligible.");
  });

  it('is not eligible without necessary care (condition 1)', () => {
    const d = determineEligibility({ ...all, necessaryCare: false });
    expect(d.eligible).toBe(false);
    expect(d.reasons[0]).toContain('reg 3(1)(a)): not met');
  });

  it('is not eligible without significant impact on wellbeing (condition 3)', () => {
    const d = determineEligibility({ ...all, significantImpact: false });
    expect(d.eligible).toBe(false);
    expect(d.reasons).toContain(
      "There is not, and is not likely to be, a significant impact on the carer's well-being (reg 3(1)(c)): not met.",
    );
  });

  it('is not eligible when health is not at risk and every outcome is achieved (condition 2)', () => {
    const d = determineEligibility({ ...all, healthAtRisk: false, unableToAchieve: [] });
    expect(d).toMatchObject({ eligible: false, conditions: { specifiedCircumstance: false } });
    expect(d.reasons.join(' ')).toContain('(reg 3(1)(b)): not met');
  });

  it('meets condition 2 through health at risk alone (reg 3(2)(a))', () => {
    const d = determineEligibility({ ...all, unableToAchieve: [] });
    expect(d.eligible).toBe(true);
    expect(d.reasons).toContain("The carer's physical or mental health is, or is at risk of, deteriorating (reg 3(2)(a)).");
  });

  it.each(ELIGIBILITY_OUTCOMES.flatMap((outcome) => INABILITY_REASONS.map((reason) => [outcome, reason])))(
    'meets condition 2 with one outcome alone: %s, %s',
    (outcome, reason) => {
      const d = determineEligibility({ ...all, healthAtRisk: false, unableToAchieve: [{ outcome, reason }] });
      expect(d.eligible).toBe(true);
      expect(d.reasons.join(' ')).toMatch(/reg 3\(2\)\(b\)\((i|ii|iii|iv|v|vi|vii|viii)\)/);
      expect(d.reasons.join(' ')).toMatch(/reg 3\(3\)\((a|b|c)\)/);
    },
  );

  it('gives a reason for each outcome not achieved', () => {
    const d = determineEligibility({
      ...all,
      unableToAchieve: [
        { outcome: 'recreation', reason: 'significant-pain-distress-anxiety' },
        { outcome: 'relationships', reason: 'endangers-health-or-safety' },
      ],
    });
    expect(d.reasons.filter((r) => r.startsWith('As to'))).toHaveLength(2);
  });

  it('refuses findings that repeat an outcome or use one the regulation does not have', () => {
    expect(() =>
      determineEligibility({
        ...all,
        unableToAchieve: [
          { outcome: 'nutrition', reason: 'without-assistance' },
          { outcome: 'nutrition', reason: 'without-assistance' },
        ],
      }),
    ).toThrow('more than once');
    expect(() => determineEligibility({ ...all, unableToAchieve: [{ outcome: 'takes-longer', reason: 'without-assistance' }] })).toThrow(
      'not one of the eight',
    );
    expect(() =>
      determineEligibility({ ...all, unableToAchieve: [{ outcome: 'nutrition', reason: 'takes-significantly-longer' }] }),
    ).toThrow('reg 3(3)');
  });
});
