/**
 * The columns of a register export, named as Charitylog and Mosaic exports name them once lower-cased with
 * underscores. `external_id` is the record's id in the exporting system: importing the same file again
 * skips the rows already imported. Documented for councils in docs/import-format.md.
 */
export const IMPORT_COLUMNS = [
  'external_id',
  'carer_type',
  'forename',
  'surname',
  'date_of_birth',
  'nhs_number',
  'gender',
  'ethnicity_code',
  'address_line_1',
  'address_line_2',
  'town',
  'postcode',
  'phone_mobile',
  'phone_home',
  'email',
  'preferred_contact',
  'gp_practice_code',
  'gp_consent',
  'school_urn',
  'area_board',
  'hours_caring_band',
  'employment_status',
  'provider_code',
] as const;

export const REQUIRED_COLUMNS = ['external_id', 'carer_type', 'forename', 'surname', 'date_of_birth', 'postcode'] as const;

export type ImportRecord = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;

const blank = (v?: string) => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** 14/02/1961 (as UK exports write it) or 1961-02-14 -> 1961-02-14; anything else is passed on for validation to refuse. */
export function isoDate(value?: string): string | undefined {
  const v = blank(value);
  const uk = v?.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  return uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : v;
}

function yesNo(value?: string): boolean | string | undefined {
  const v = blank(value)?.toLowerCase();
  if (v === undefined) return undefined;
  if (['y', 'yes', 'true', '1'].includes(v)) return true;
  if (['n', 'no', 'false', '0'].includes(v)) return false;
  return value;
}

/** One exported row as the body a council officer would send to POST /carers. */
export function registrationFrom(row: ImportRecord): Record<string, unknown> {
  const phones = [
    blank(row.phone_mobile) && { type: 'mobile', number: blank(row.phone_mobile) },
    blank(row.phone_home) && { type: 'home', number: blank(row.phone_home) },
  ].filter(Boolean);
  const body: Record<string, unknown> = {
    kind: blank(row.carer_type)?.toLowerCase(),
    givenName: blank(row.forename),
    familyName: blank(row.surname),
    dateOfBirth: isoDate(row.date_of_birth),
    nhsNumber: blank(row.nhs_number),
    gender: blank(row.gender)?.toLowerCase(),
    ethnicity: blank(row.ethnicity_code)?.toUpperCase(),
    addressLine1: blank(row.address_line_1),
    addressLine2: blank(row.address_line_2),
    town: blank(row.town),
    postcode: blank(row.postcode),
    phoneNumbers: phones.length ? phones : undefined,
    email: blank(row.email),
    preferredContact: blank(row.preferred_contact)?.toLowerCase(),
    gpPracticeCode: blank(row.gp_practice_code)?.toUpperCase(),
    gpConsent: yesNo(row.gp_consent),
    schoolUrn: blank(row.school_urn),
    areaBoard: blank(row.area_board)?.toLowerCase(),
    hoursBand: blank(row.hours_caring_band),
    employmentStatus: blank(row.employment_status)?.toLowerCase(),
    providerId: blank(row.provider_code)?.toLowerCase(),
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
