import { Injectable } from '@nestjs/common';
import { ReviewType } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Review, SupportPlanRepository } from '../application/support-plan.repository';
import { hasDirectPayment, SupportPlan, SupportPlanDetails } from '../domain/support-plan';

interface SupportPlanRow {
  id: string;
  assessment_id: string;
  carer_id: string;
  provider_id: string | null;
  agreed_on: string;
  details: SupportPlanDetails;
  entry_scores: Record<string, number>;
}

interface ReviewRow {
  id: string;
  plan_id: string;
  type: ReviewType;
  due_on: string;
  completed_on: string;
  scores: Record<string, number>;
}

@Injectable()
export class SqlSupportPlanRepository extends SupportPlanRepository {
  async add(tx: Tx, p: SupportPlan): Promise<void> {
    await tx.query(
      `INSERT INTO support_plan (id, tenant_id, assessment_id, carer_id, provider_id, agreed_on, details, direct_payment, entry_scores) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        p.id,
        tx.tenantId,
        p.assessmentId,
        p.carerId,
        p.providerId ?? null,
        p.agreedOn,
        JSON.stringify(p.details),
        hasDirectPayment(p.details),
        JSON.stringify(p.entryScores),
      ],
    );
  }

  async forAssessment(tx: Tx, assessmentId: string): Promise<SupportPlan | undefined> {
    const [r] = await tx.query<SupportPlanRow>(
      `SELECT id, assessment_id, carer_id, provider_id, to_char(agreed_on, 'YYYY-MM-DD') AS agreed_on, details, entry_scores
         FROM support_plan WHERE assessment_id = $1 AND tenant_id = $2`,
      [assessmentId, tx.tenantId],
    );
    return (
      r && {
        id: r.id,
        assessmentId: r.assessment_id,
        carerId: r.carer_id,
        providerId: r.provider_id ?? undefined,
        agreedOn: r.agreed_on,
        details: r.details,
        entryScores: r.entry_scores,
      }
    );
  }

  async addReview(tx: Tx, r: Review & { notes?: string }): Promise<boolean> {
    const added = await tx.query<{ id: string }>(
      `INSERT INTO review (id, tenant_id, plan_id, type, due_on, completed_on, scores, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [r.id, tx.tenantId, r.planId, r.type, r.dueOn, r.completedOn, JSON.stringify(r.scores), r.notes ?? null],
    );
    return added.length > 0;
  }

  async reviews(tx: Tx, planId: string): Promise<Review[]> {
    const rows = await tx.query<ReviewRow>(
      `SELECT id, plan_id, type, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(completed_on, 'YYYY-MM-DD') AS completed_on, scores
         FROM review WHERE plan_id = $1 AND tenant_id = $2 ORDER BY completed_on, id`,
      [planId, tx.tenantId],
    );
    return rows.map((r) => ({ id: r.id, planId: r.plan_id, type: r.type, dueOn: r.due_on, completedOn: r.completed_on, scores: r.scores }));
  }
}
