import { AgeBand, CarerKind } from '@carers/contracts';
import { InvalidCarerError } from './carer.errors';

export interface CarerDetails {
  kind: CarerKind;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string;
  providerId?: string;
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
    return new Carer(id, tenantId, { ...details, postcode: details.postcode.toUpperCase().replace(/\s+/g, ' ').trim() }, today, 1);
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

export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
