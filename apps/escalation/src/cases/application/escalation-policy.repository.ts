import { Tx } from '@carers/platform/persistence';
import { EscalationPolicy, PolicySettings } from '../domain/escalation-policy';

export type PolicyVersion = EscalationPolicy & { providerId: string; setBy: string; setAt: string };

/** Each contract's ladder as versioned data: a provider's own policy, or the council's default ('*'). */
export abstract class EscalationPolicyRepository {
  abstract current(tx: Tx, providerId: string): Promise<EscalationPolicy>;
  abstract all(tx: Tx): Promise<PolicyVersion[]>;
  /** Adds the next version for the provider (or '*') and returns its number. */
  abstract add(tx: Tx, providerId: string, settings: PolicySettings, by: string): Promise<number>;
}
