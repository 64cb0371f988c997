import { Tx } from '@carers/platform/persistence';

export interface Consortium {
  id: string;
  name: string;
}

export interface CommissionedProvider {
  id: string;
  name: string;
  consortiumId: string;
  role: 'lead' | 'member';
}

/** A contract the council let to a consortium: its value, term and the schedules it holds the consortium to. */
export interface CommissioningContract {
  id: string;
  consortiumId: string;
  value: number;
  startsOn: string;
  endsOn: string;
  extensionOptions: unknown;
  kpiSchedule: string[];
  serviceCreditSchedule: unknown;
}

/** Whom the council commissions: its consortia, their providers, and the contracts. */
export abstract class CommissioningRepository {
  abstract consortia(tx: Tx): Promise<Consortium[]>;
  abstract providers(tx: Tx): Promise<CommissionedProvider[]>;
  abstract contracts(tx: Tx): Promise<CommissioningContract[]>;
}
