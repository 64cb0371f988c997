import { DomainError } from '@carers/contracts';

/** The carer is not (yet) in assessments' projection of the register. */
export class KnownCarerNotFoundError extends DomainError {
  constructor(carerId: string) {
    super('not-found', `Assessments has not seen carer ${carerId}.`);
  }
}
