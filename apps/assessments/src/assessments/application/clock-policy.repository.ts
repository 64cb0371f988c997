import { ClockKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { DayBasis } from '../domain/timescales';

export interface Timescale {
  kind: ClockKind;
  days: number;
  basis: DayBasis;
  /** The provider whose contract it is for; null for the council-wide timescale. */
  providerId: string | null;
}

export interface BankHoliday {
  day: string;
  name: string;
}

/** Each council's timescales (council-wide, or for one provider's contract) and bank holidays. */
export abstract class ClockPolicyRepository {
  abstract timescales(tx: Tx): Promise<Timescale[]>;
  abstract bankHolidays(tx: Tx): Promise<BankHoliday[]>;
  /** Sets the timescale, replacing the one set before for the same kind and contract. */
  abstract setTimescale(tx: Tx, timescale: Omit<Timescale, 'providerId'> & { providerId?: string }): Promise<void>;
  /** Adds the holiday, renaming it if the day is already one. */
  abstract addBankHoliday(tx: Tx, holiday: BankHoliday): Promise<void>;
  /** Removes the council's closure day; false when it had none that day. */
  abstract removeBankHoliday(tx: Tx, day: string): Promise<boolean>;
}
