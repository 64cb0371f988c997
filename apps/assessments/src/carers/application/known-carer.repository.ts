import { AgeBand, CarerKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';

/** A carer as registration announced them, in assessments' own projection of the register. */
export interface KnownCarer {
  carerId: string;
  kind: CarerKind;
  ageBand: AgeBand;
  providerId?: string;
  registeredOn: string;
  /** When the registration reached assessments. */
  seenAt: Date;
}

export abstract class KnownCarerRepository {
  /** Records the carer once: a redelivered registration changes nothing. */
  abstract record(tx: Tx, carer: Omit<KnownCarer, 'seenAt'>, sourceEventId: string): Promise<void>;
  abstract get(tx: Tx, carerId: string): Promise<KnownCarer | undefined>;
  abstract allocate(tx: Tx, carerId: string, providerId: string): Promise<void>;
}
