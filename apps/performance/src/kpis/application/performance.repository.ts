import { Tx } from '@carers/platform/persistence';
import { AssessmentFact, CarerFact, Facts, ReviewFact } from '../domain/facts';
import { KpiDefinition } from '../domain/kpi-definition';
import { Membership, StoredValue } from '../domain/kpi-value';
import { Contribution, Tallies } from '../domain/tally';

/** Performance's projections of the work, its KPI catalogue and the values it measured. */
export abstract class PerformanceRepository {
  /** Records what an event says of an assessment; a fact already known is kept, so replays and repeats change nothing. */
  abstract recordAssessment(
    tx: Tx,
    fact: Partial<AssessmentFact> & { assessmentId: string },
  ): Promise<{ before?: AssessmentFact; after: AssessmentFact } | undefined>;
  abstract recordReview(tx: Tx, fact: ReviewFact): Promise<boolean>;
  /** Registers a carer; answers the carer's record when the registration is new here. */
  abstract recordCarer(tx: Tx, fact: CarerFact): Promise<CarerFact | undefined>;
  /** Holds these carers (known here or not) until the transaction ends, always in the same order. */
  abstract lockCarers(tx: Tx, carerIds: string[]): Promise<void>;
  /** Changes what is known of a carer (a carer not yet registered here waits for its registration); answers the record before and after. */
  abstract changeCarer(
    tx: Tx,
    carerId: string,
    changes: Partial<Omit<CarerFact, 'carerId' | 'registeredOn'>>,
  ): Promise<{ before: CarerFact; after: CarerFact }>;
  /** Records a provider's changed contributions, to be folded into its tallies and measured, and wakes the measurement worker. */
  abstract noteTallyChanges(tx: Tx, providerId: string, changes: Contribution[]): Promise<void>;
  /** Folds every recorded change into the tallies; answers them, added up by provider. */
  abstract foldTallyChanges(tx: Tx): Promise<Map<string, Contribution[]>>;
  /** Rebuilds every provider's tallies from the facts, with no change recorded meanwhile counted twice or lost. */
  abstract replaceTallies(tx: Tx, tally: (facts: Facts) => Map<string, Contribution[]>): Promise<void>;
  /** Each of these providers' tallies, for the months from `from` to `to` (YYYY-MM). */
  abstract tallies(tx: Tx, providerIds: string[], from: string, to: string): Promise<Map<string, Tallies>>;
  /** Holds the council's measurements until the transaction ends: consortium values are shared by every member's events, so one council measures at a time. */
  abstract lockMeasurement(tx: Tx): Promise<void>;
  abstract membership(tx: Tx): Promise<Membership | undefined>;
  abstract definitions(tx: Tx): Promise<KpiDefinition[]>;
  abstract definitionVersions(tx: Tx, id: string): Promise<KpiDefinition[]>;
  abstract saveDefinition(tx: Tx, d: KpiDefinition, by: string): Promise<void>;
  abstract value(tx: Tx, kpiId: string, providerId: string, period: string): Promise<StoredValue | undefined>;
  abstract saveValues(tx: Tx, values: StoredValue[]): Promise<void>;
  /** Each provider's (or consortium's) stored values from one month to another, keyed `kpiId|period`. */
  abstract valuesBetween(tx: Tx, providerIds: string[], from: string, to: string): Promise<Map<string, Map<string, StoredValue>>>;
  abstract values(tx: Tx, filter: { period?: string; kpiId?: string; providerId?: string }): Promise<StoredValue[]>;
}
