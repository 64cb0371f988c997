import { AgeBand, CarerKind, HoursBand } from '@carers/contracts';
import { isValidNhsNumber } from '../../shared/domain/nhs-number';
import { toUkE164 } from '../../shared/domain/uk-phone-number';
import { CarerStateError, InvalidCarerError } from './carer.errors';

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

export type CarerStatus = 'active' | 'deregistered' | 'merged' | 'anonymised';

/** Where the record is in its life: left the register, merged into another, held, anonymised. */
export interface CarerLifecycle {
  status: CarerStatus;
  deregisteredOn?: string;
  deregistrationReason?: string;
  mergedInto?: string;
  legalHold?: string;
  anonymisedOn?: string;
  ageBandAtAnonymisation?: AgeBand;
}

const ACTIVE: CarerLifecycle = { status: 'active' };

/** A person on the council's register of unpaid carers. */
export class Carer {
  private constructor(
    readonly id: string,
    readonly tenantId: string,
    readonly details: CarerDetails,
    readonly registeredOn: string,
    readonly version: number,
    readonly lifecycle: CarerLifecycle = ACTIVE,
  ) {}

  static register(id: string, tenantId: string, details: CarerDetails, today: string): Carer {
    return new Carer(id, tenantId, validated(details, today), today, 1);
  }

  static restore(
    id: string,
    tenantId: string,
    details: CarerDetails,
    registeredOn: string,
    version: number,
    lifecycle: CarerLifecycle = ACTIVE,
  ): Carer {
    return new Carer(id, tenantId, details, registeredOn, version, lifecycle);
  }

  get status(): CarerStatus {
    return this.lifecycle.status;
  }

  /** Corrects or brings details up to date; the provider changes only through allocation. Returns the fields that changed. */
  update(changes: Partial<Omit<CarerDetails, 'providerId'>>, today: string): { carer: Carer; changedFields: (keyof CarerDetails)[] } {
    this.mustBeActive('updated');
    const next = validated({ ...this.details, ...changes }, today);
    const changedFields = (Object.keys(changes) as (keyof CarerDetails)[]).filter(
      (field) => JSON.stringify(next[field] ?? null) !== JSON.stringify(this.details[field] ?? null),
    );
    if (!changedFields.length) return { carer: this, changedFields };
    return { carer: new Carer(this.id, this.tenantId, next, this.registeredOn, this.version + 1, this.lifecycle), changedFields };
  }

  allocateTo(providerId: string): Carer {
    this.mustBeActive('allocated');
    if (providerId === this.details.providerId) throw new InvalidCarerError(`the carer is already allocated to ${providerId}`);
    return new Carer(this.id, this.tenantId, { ...this.details, providerId }, this.registeredOn, this.version + 1, this.lifecycle);
  }

  deregister(reason: string, on: string): Carer {
    this.mustBeActive('deregistered');
    if (on < this.registeredOn) throw new InvalidCarerError('a carer cannot leave the register before joining it');
    return new Carer(this.id, this.tenantId, this.details, this.registeredOn, this.version + 1, {
      ...this.lifecycle,
      status: 'deregistered',
      deregisteredOn: on,
      deregistrationReason: reason,
    });
  }

  mergeInto(survivor: Carer): Carer {
    this.mustBeActive('merged');
    if (survivor.id === this.id) throw new InvalidCarerError('a record cannot be merged into itself');
    if (survivor.status !== 'active') throw new InvalidCarerError(`the surviving record is ${survivor.status}`);
    return new Carer(this.id, this.tenantId, this.details, this.registeredOn, this.version + 1, {
      ...this.lifecycle,
      status: 'merged',
      mergedInto: survivor.id,
    });
  }

  hold(reason: string | undefined): Carer {
    return new Carer(this.id, this.tenantId, this.details, this.registeredOn, this.version + 1, { ...this.lifecycle, legalHold: reason });
  }

  /** Removes identity for good; kind, age band, area board, hours band, GP consent and provider stay for statistics. */
  anonymise(today: string): Carer {
    if (this.status === 'anonymised') throw new CarerStateError('the record is already anonymised');
    if (this.lifecycle.legalHold) throw new CarerStateError(`the record is under a legal hold (${this.lifecycle.legalHold})`);
    const { kind, providerId, areaBoard, hoursBand, gpConsent } = this.details;
    return new Carer(
      this.id,
      this.tenantId,
      { kind, providerId, areaBoard, hoursBand, gpConsent } as CarerDetails,
      this.registeredOn,
      this.version + 1,
      {
        ...this.lifecycle,
        status: 'anonymised',
        anonymisedOn: today,
        ageBandAtAnonymisation: this.ageBandOn(today),
      },
    );
  }

  private mustBeActive(action: string): void {
    if (this.status !== 'active') throw new CarerStateError(`a ${this.status} carer cannot be ${action}`);
  }

  ageBandOn(today: string): AgeBand {
    if (!this.details.dateOfBirth) return this.lifecycle.ageBandAtAnonymisation ?? '75+';
    const age = ageOn(this.details.dateOfBirth, today);
    if (age < 18) return '0-17';
    if (age < 25) return '18-24';
    if (age < 50) return '25-49';
    if (age < 65) return '50-64';
    if (age < 75) return '65-74';
    return '75+';
  }
}

function validated(details: CarerDetails, today: string): CarerDetails {
  const age = ageOn(details.dateOfBirth, today);
  if (age < 0) throw new InvalidCarerError('date of birth is in the future');
  if (details.kind === 'young' && age >= 18) throw new InvalidCarerError('a young carer is under 18 (Children Act 1989 s17ZA)');
  if (details.kind !== 'young' && age < 18) throw new InvalidCarerError('a carer under 18 is registered as a young carer');
  if (details.schoolUrn && details.kind !== 'young') throw new InvalidCarerError('a school is recorded for young carers only');
  if (details.nhsNumber && !isValidNhsNumber(details.nhsNumber)) throw new InvalidCarerError('nhsNumber fails its Modulus 11 check');
  if (details.gpConsent && !details.gpPracticeCode) throw new InvalidCarerError('consent to notify the GP needs the GP practice');
  if (details.preferredContact === 'email' && !details.email)
    throw new InvalidCarerError('email is the preferred contact but no email address is given');
  const phoneNumbers = (details.phoneNumbers ?? []).map((p, i) => {
    const number = toUkE164(p.number);
    if (!number) throw new InvalidCarerError(`phoneNumbers[${i}] is not a UK telephone number`);
    return { ...p, number };
  });
  if (['phone', 'text'].includes(details.preferredContact ?? '') && !phoneNumbers.length) {
    throw new InvalidCarerError(`${details.preferredContact} is the preferred contact but no telephone number is given`);
  }
  return {
    ...details,
    postcode: normalisePostcode(details.postcode),
    nhsNumber: details.nhsNumber?.replace(/\s/g, ''),
    phoneNumbers,
    gpConsent: details.gpConsent ?? false,
  };
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
