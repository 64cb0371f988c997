import { AssessmentType } from '@carers/contracts';

/** What each statutory assessment must cover, item code -> where the law asks for it. */
export const REQUIRED_CONTENT: Record<AssessmentType, Record<string, string>> = {
  carer: {
    'able-to-care': 'Care Act s10(5)(a): whether the carer is able to provide care, now and in future',
    'willing-to-care': 'Care Act s10(5)(b): whether the carer is willing to provide care, now and in future',
    'wellbeing-impact': "Care Act s10(5)(c): the impact of the carer's needs on the s1(2) wellbeing matters",
    'outcomes-wanted': 'Care Act s10(5)(d): the outcomes the carer wishes to achieve in day-to-day life',
    'support-could-help': 'Care Act s10(5)(e): whether support could contribute to achieving them',
    'work-education-training-recreation': 'Care Act s10(6): whether the carer works or wishes to, and education, training or recreation',
    involvement: 'Care Act s10(7): the carer and anyone they asked to be involved',
    'supported-self-assessment-offered': 'Assessment Regulations 2014 reg 2: a supported self-assessment was offered',
  },
  'young-carer': {
    'amount-and-type-of-care': 'Young Carers Regulations 2015 reg 4(2)(a): the amount, nature and type of care',
    'family-reliance': 'reg 4(2)(b): how far the family relies on that care',
    'impact-on-wellbeing-education-development': "reg 4(2)(c): the impact on the young carer's well-being, education and development",
    'inappropriate-tasks': 'reg 4(2)(d): whether any tasks are excessive or inappropriate',
    'appropriate-to-care': 'Children Act 1989 s17ZA(7): whether it is appropriate for the young carer to provide care',
    'wishes-and-feelings': "reg 2: the young carer's wishes and feelings",
    involvement: 'reg 2: the young carer, the person cared for, the parents and anyone they asked to involve',
  },
  'parent-carer': {
    'appropriate-to-care': 'Children Act 1989 s17ZD: whether it is appropriate for the parent to provide care',
    'parent-wellbeing': "s17ZD: the parent carer's well-being",
    'child-welfare': "s17ZD: the disabled child's welfare",
    involvement: 'the parent and anyone they asked to involve',
  },
  'young-carer-transition': {
    'significant-benefit': 'Care Act s63(1): why the assessment is of significant benefit',
    consent: 'Care Act s63(3)-(4): the consent condition (or the best-interests decision)',
    'able-to-care-after-18': 'Care Act s64(1)(a): ability to care, now and after 18',
    'willing-to-care-after-18': 'Care Act s64(1)(a): willingness to care, now and after 18',
    'wellbeing-impact-after-18': 'Care Act s64(1)(b): the impact on well-being after 18',
    'outcomes-wanted': 'Care Act s64(1)(c): the outcomes wished for',
    'support-could-help': 'Care Act s64(1)(d): whether support could contribute',
    'work-education-training-recreation': 'Care Act s64(2): work, education, training and recreation',
  },
  'child-carer': {
    'able-to-care-after-child-turns-18': 'Care Act s61: ability to care after the child turns 18',
    'willing-to-care-after-child-turns-18': 'Care Act s61: willingness to care after the child turns 18',
    'wellbeing-impact': "Care Act s61: the impact on the carer's well-being",
    'outcomes-wanted': 'Care Act s61: the outcomes wished for',
    'support-could-help': 'Care Act s61: whether support could contribute',
    'work-education-training-recreation': 'Care Act s61: work, education, training and recreation',
  },
};

/** The required items an assessment has not covered. */
export function missingContent(type: AssessmentType, covered: string[]): string[] {
  return Object.keys(REQUIRED_CONTENT[type]).filter((item) => !covered.includes(item));
}

/** Items that are not part of this type's required content (a typo, or the wrong assessment). */
export function unknownContent(type: AssessmentType, covered: string[]): string[] {
  return covered.filter((item) => !(item in REQUIRED_CONTENT[type]));
}
