/** Coded values kept on the register (CLD-aligned where CLD has a vocabulary). */
export const GENDERS = ['female', 'male', 'other', 'not-known', 'not-stated'] as const;
/** NHS Data Dictionary ethnic category codes (A British ... S any other, Z not stated). */
export const ETHNICITIES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z'] as const;
export const CONTACT_METHODS = ['phone', 'text', 'email', 'letter'] as const;
export const EMPLOYMENT_STATUSES = [
  'employed-full-time',
  'employed-part-time',
  'self-employed',
  'unemployed',
  'retired',
  'in-education',
  'not-seeking-work',
  'not-known',
] as const;
export const PHONE_TYPES = ['mobile', 'home', 'work'] as const;
