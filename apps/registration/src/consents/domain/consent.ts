import { ConsentRuleError } from './consent.errors';

/** A consent as a record: for a purpose, on a lawful basis, given on a day and perhaps withdrawn later. */
export class Consent {
  constructor(
    readonly id: string,
    readonly carerId: string,
    readonly purpose: string,
    readonly lawfulBasis: string,
    readonly givenOn: string,
    readonly recordedBy: string,
    readonly withdrawnOn?: string,
  ) {}

  static give(
    id: string,
    carerId: string,
    purpose: string,
    lawfulBasis: string,
    givenOn: string,
    recordedBy: string,
    today: string,
  ): Consent {
    if (givenOn > today) throw new ConsentRuleError('givenOn cannot be in the future');
    return new Consent(id, carerId, purpose, lawfulBasis, givenOn, recordedBy);
  }

  withdraw(on: string, today: string): Consent {
    if (this.withdrawnOn) throw new ConsentRuleError(`this consent was already withdrawn on ${this.withdrawnOn}`);
    if (on < this.givenOn) throw new ConsentRuleError('withdrawnOn is before the consent was given');
    if (on > today) throw new ConsentRuleError('withdrawnOn cannot be in the future');
    return new Consent(this.id, this.carerId, this.purpose, this.lawfulBasis, this.givenOn, this.recordedBy, on);
  }
}
