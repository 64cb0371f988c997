import { RagStatus } from '@carers/contracts';

/** A KPI's value for one provider (or the consortium) and month, as measured and kept. */
export interface StoredValue {
  kpiId: string;
  providerId: string;
  attribution: 'member' | 'consortium';
  period: string;
  definitionVersion: number;
  value?: number;
  numerator?: number;
  denominator?: number;
  status: RagStatus;
  breached: boolean;
}

/** The council's consortium and the providers in it. */
export interface Membership {
  consortiumId: string;
  providerIds: string[];
}
