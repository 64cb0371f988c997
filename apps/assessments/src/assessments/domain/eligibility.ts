import { ELIGIBILITY_OUTCOMES, INABILITY_REASONS } from '@carers/contracts';

export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];
export type InabilityReason = (typeof INABILITY_REASONS)[number];

/** The facts of the three conditions of the Care and Support (Eligibility Criteria) Regulations 2015, reg 3. */
export interface EligibilityFindings {
  necessaryCare: boolean;
  healthAtRisk: boolean;
  unableToAchieve: { outcome: string; reason: string }[];
  significantImpact: boolean;
}

export interface Determination {
  eligible: boolean;
  conditions: { necessaryCare: boolean; specifiedCircumstance: boolean; significantImpact: boolean };
  reasons: string[];
}

const OUTCOME_TEXT: Record<EligibilityOutcome, string> = {
  'child-caring-responsibilities': 'reg 3(2)(b)(i) carrying out any caring responsibilities the carer has for a child',
  'caring-for-others': 'reg 3(2)(b)(ii) providing care to other persons for whom the carer provides care',
  'habitable-home': "reg 3(2)(b)(iii) maintaining a habitable home environment in the carer's home",
  nutrition: 'reg 3(2)(b)(iv) managing and maintaining nutrition',
  relationships: 'reg 3(2)(b)(v) developing and maintaining family or other personal relationships',
  'work-training-education-volunteering': 'reg 3(2)(b)(vi) engaging in work, training, education or volunteering',
  'community-facilities':
    'reg 3(2)(b)(vii) making use of necessary facilities or services in the local community, including recreational facilities or services',
  recreation: 'reg 3(2)(b)(viii) engaging in recreational activities',
};

const REASON_TEXT: Record<InabilityReason, string> = {
  'without-assistance': 'is unable to achieve it without assistance (reg 3(3)(a))',
  'significant-pain-distress-anxiety': 'can achieve it only with significant pain, distress or anxiety (reg 3(3)(b))',
  'endangers-health-or-safety':
    'can achieve it only in a way that endangers, or is likely to endanger, the health or safety of the carer or others (reg 3(3)(c))',
};

export class InvalidFindingsError extends Error {}

/**
 * Reg 3: a carer's needs are eligible only if all three conditions hold: (1) they arise from providing necessary
 * care; (2) as a result, the carer's health is or is at risk of deteriorating, or the carer is unable to achieve
 * any one of eight outcomes; (3) as a consequence there is, or is likely to be, a significant impact on wellbeing.
 */
export function determineEligibility(f: EligibilityFindings): Determination {
  const outcomes = f.unableToAchieve.map((u) => u.outcome);
  const repeated = outcomes.find((o, i) => outcomes.indexOf(o) !== i);
  if (repeated) throw new InvalidFindingsError(`the outcome ${repeated} is given more than once`);
  for (const u of f.unableToAchieve) {
    if (!(u.outcome in OUTCOME_TEXT)) throw new InvalidFindingsError(`${u.outcome} is not one of the eight reg 3(2)(b) outcomes`);
    if (!(u.reason in REASON_TEXT)) throw new InvalidFindingsError(`${u.reason} is not one of the reg 3(3) meanings of "unable"`);
  }
  const specifiedCircumstance = f.healthAtRisk || f.unableToAchieve.length > 0;
  const reasons: string[] = [];
  reasons.push(
    f.necessaryCare
      ? "The carer's needs arise as a consequence of providing necessary care for an adult (reg 3(1)(a)): met."
      : "The carer's needs do not arise as a consequence of providing necessary care for an adult (reg 3(1)(a)): not met.",
  );
  if (f.healthAtRisk) reasons.push("The carer's physical or mental health is, or is at risk of, deteriorating (reg 3(2)(a)).");
  for (const u of f.unableToAchieve) {
    reasons.push(`As to ${OUTCOME_TEXT[u.outcome as EligibilityOutcome]}, the carer ${REASON_TEXT[u.reason as InabilityReason]}.`);
  }
  if (!specifiedCircumstance) {
    reasons.push(
      "The carer's health is not at risk of deteriorating and the carer is able to achieve each of the eight outcomes (reg 3(1)(b)): not met.",
    );
  } else {
    reasons.push('So the effect of the needs is one of the circumstances in reg 3(2) (reg 3(1)(b)): met.');
  }
  reasons.push(
    f.significantImpact
      ? "As a consequence there is, or is likely to be, a significant impact on the carer's well-being (reg 3(1)(c)): met."
      : "There is not, and is not likely to be, a significant impact on the carer's well-being (reg 3(1)(c)): not met.",
  );
  const eligible = f.necessaryCare && specifiedCircumstance && f.significantImpact;
  reasons.push(
    eligible
      ? "All three conditions are met: the carer's needs are eligible."
      : "Not all three conditions are met: the carer's needs are not eligible.",
  );
  return {
    eligible,
    conditions: { necessaryCare: f.necessaryCare, specifiedCircumstance, significantImpact: f.significantImpact },
    reasons,
  };
}
