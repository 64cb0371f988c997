/** The statutory assessments: Care Act s10, Children Act s17ZA and s17ZD, Care Act s63/s64 and s60. */
export const ASSESSMENT_TYPES = ['carer', 'young-carer', 'parent-carer', 'young-carer-transition', 'child-carer'] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];
export const REFERRAL_ROUTES = ['council-officer', 'registration', 'transition-due', 'provider', 're-offer'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];
export const ASSESSMENT_METHODS = ['face-to-face', 'phone', 'online', 'supported-self-assessment'] as const;
export const REVIEW_TYPES = ['light-touch', 'planned', 'requested'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];
/** The ten wellbeing domains scored at entry and at each review (the published KPI set's CSS_PI-03a..j). */
export const WELLBEING_DOMAINS = [
  'physical-health',
  'mental-health',
  'listened-to-and-respected',
  'relationships',
  'work-education-volunteering',
  'safety',
  'home',
  'choice-and-control',
  'economic-wellbeing',
  'contribution-to-society',
] as const;
export type WellbeingDomain = (typeof WELLBEING_DOMAINS)[number];
export const CLOCK_KINDS = [
  'first-contact',
  'commenced',
  'fast-track-commenced',
  'plan-after-assessment',
  'light-touch-review',
  'planned-review',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
