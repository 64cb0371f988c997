import { Tx } from '@carers/platform/persistence';
import { Consent } from '../domain/consent';

export abstract class Consents {
  abstract add(tx: Tx, consent: Consent): Promise<void>;
  abstract get(tx: Tx, id: string): Promise<Consent | undefined>;
  abstract currentFor(tx: Tx, carerId: string, purpose: string): Promise<Consent | undefined>;
  abstract saveWithdrawal(tx: Tx, consent: Consent): Promise<void>;
  abstract forCarer(tx: Tx, carerId: string): Promise<Consent[]>;
}
