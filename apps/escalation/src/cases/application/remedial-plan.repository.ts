import { Tx } from '@carers/platform/persistence';
import { PlanStatus, RemedialPlan } from '../domain/remedial-plan';

export abstract class RemedialPlanRepository {
  /** The case's latest plan, locked. */
  abstract latest(tx: Tx, caseId: string): Promise<RemedialPlan | undefined>;
  abstract byId(tx: Tx, id: string): Promise<RemedialPlan>;
  /** A new cycle's plan, requested; returns its id and cycle. */
  abstract request(tx: Tx, caseId: string, requestedOn: string, dueOn: string): Promise<{ planId: string; cycle: number }>;
  abstract submit(tx: Tx, planId: string, on: string, actions: RemedialPlan['actions'], sharedPlanId?: string): Promise<void>;
  /** The cases a shared plan answers, each with its own plan row. */
  abstract sharing(tx: Tx, sharedPlanId: string): Promise<{ caseId: string; planId: string }[]>;
  abstract decide(tx: Tx, planId: string, status: 'approved' | 'rejected', on: string, by: string, reason: string): Promise<void>;
  abstract saveActions(tx: Tx, planId: string, actions: RemedialPlan['actions'], status: PlanStatus): Promise<void>;
  abstract rejectedCount(tx: Tx, caseId: string): Promise<number>;
  /** Marks the case's latest plan failed; returns it, if there was one. */
  abstract failLatest(tx: Tx, caseId: string): Promise<{ id: string; cycle: number } | undefined>;
  /** Plans still running when their case closes are completed. */
  abstract completeOpen(tx: Tx, caseId: string): Promise<void>;
}
