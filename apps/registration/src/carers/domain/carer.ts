import { AgeBand, CarerKind, HoursBand } from '@carers/contracts';
import { isValidNhsNumber } from '../../shared/domain/nhs-number';
import { toUkE164 } from '../../shared/domain/uk-phone-number';
import { InvalidCarerError } from './carer.errors';

export interface PhoneNumber {
  type: 'mobile' | 'home' | 'work';
  number: string;
}

export interface CarerDetails {
  kind: CarerKind;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string;
  providerId?: string;
  nhsNumber?: string;
  gender?: string;
  ethnicity?: string;
  addressLine1?: string;
  addressLine2?: string;
  town?: string;
  phoneNumbers?: PhoneNumber[];
  email?: string;
  preferredContact?: string;
  gpPracticeCode?: string;
  gpConsent?: boolean;
  schoolUrn?: string;
  areaBoard?: string;
  hoursBand?: HoursBand;
  employmentStatus?: string;
}

/** A person on the council's register of unpaid carers. */
export class Carer {
  private constructor(
    readonly id: string,
    readonly tenantId: string,
    readonly details: CarerDetails,
    readonly registeredOn: string,
    readonly version: number,
  ) {}

  static register(id: string, tenantId: string, details: CarerDetails, today: string): Carer {
    const age = ageOn(details.dateOfBirth, today);
    if (age < 0) throw new InvalidCarerError('date of birth is in the future');
    if (details.kind === 'young' && age >= 18) throw new InvalidCarerError('a young carer is under 18 (Children Act 1989 s17ZA)');
    if (details.kind !== 'young' && age < 18) throw new InvalidCarerError('a carer under 18 is registered as a young carer');
    if (details.schoolUrn && details.kind !== 'young') throw new InvalidCarerError('a school is recorded for young carers only');
    if (details.nhsNumber && !isValidNhsNumber(details.nhsNumber)) throw new InvalidCarerError('nhsNumber fails its Modulus 11 check');
    if (details.gpConsent && !details.gpPracticeCode) throw new InvalidCarerError('consent to notify the GP needs the GP practice');
    if (details.preferredContact === 'email' && !details.email) throw new InvalidCarerError('email is the preferred contact but no email address is given');
    const phoneNumbers = (details.phoneNumbers ?? []).map((p, i) => {
      const number = toUkE164(p.number);
      if (!number) throw new InvalidCarerError(`phoneNumbers[${i}] is not a UK telephone number`);
      return { ...p, number };
    });
    if (['phone', 'text'].includes(details.preferredContact ?? '') && !phoneNumbers.length) {
      throw new InvalidCarerError(`${details.preferredContact} is the preferred contact but no telephone number is given`);
    }
    return new Carer(id, tenantId, {
      ...details,
      postcode: normalisePostcode(details.postcode),
      nhsNumber: details.nhsNumber?.replace(/\s/g, ''),
      phoneNumbers,
      gpConsent: details.gpConsent ?? false,
    }, today, 1);
  }

  static restore(id: string, tenantId: string, details: CarerDetails, registeredOn: string, version: number): Carer {
    return new Carer(id, tenantId, details, registeredOn, version);
  }

  ageBandOn(today: string): AgeBand {
    const age = ageOn(this.details.dateOfBirth, today);
    if (age < 18) return '0-17';
    if (age < 25) return '18-24';
    if (age < 50) return '25-49';
    if (age < 65) return '50-64';
    if (age < 75) return '65-74';
    return '75+';
  }
}

/** Upper case with one space before the inward code: "sn151er" -> "SN15 1ER". */
export function normalisePostcode(postcode: string): string {
  const compact = postcode.toUpperCase().replace(/\s+/g, '');
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
