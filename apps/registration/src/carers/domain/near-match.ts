import { CarerDetails } from './carer';

type Identity = Pick<CarerDetails, 'givenName' | 'familyName' | 'dateOfBirth' | 'postcode'>;

const same = (a?: string, b?: string) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Why two records might be one person, when they are not surely so (that is: not the same NHS number, nor the
 * same name, date of birth and postcode). An empty list means no reason to think so.
 */
export function nearMatchReasons(newcomer: Identity, existing: Identity): string[] {
  const reasons: string[] = [];
  const sameBirth = newcomer.dateOfBirth === existing.dateOfBirth;
  if (sameBirth && same(newcomer.familyName, existing.familyName)) reasons.push('same date of birth and family name');
  if (sameBirth && same(newcomer.givenName, existing.givenName)) reasons.push('same date of birth and given name');
  if (sameBirth && newcomer.postcode === existing.postcode) reasons.push('same date of birth and postcode');
  if (sameBirth && same(newcomer.givenName, existing.familyName) && same(newcomer.familyName, existing.givenName))
    reasons.push('given and family names swapped');
  if (
    same(newcomer.givenName, existing.givenName) &&
    same(newcomer.familyName, existing.familyName) &&
    newcomer.postcode === existing.postcode
  ) {
    reasons.push('same name and postcode, different date of birth');
  }
  return reasons;
}
