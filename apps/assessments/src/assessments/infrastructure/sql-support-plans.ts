import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { Review, SupportPlans } from '../application/support-plans';
import { hasDirectPayment, SupportPlan } from '../domain/support-plan';

@Injectable()
export class SqlSupportPlans extends SupportPlans {
  async add(tx: Tx, p: SupportPlan): Promise<void> {
    await tx.query(
      `INSERT INTO support_plan (id, tenant_id, assessment_id, carer_id, provider_id, agreed_on, details, direct_payment, entry_scores) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [p.id, tx.tenantId, p.assessmentId, p.carerId, p.providerId ?? null, p.agreedOn, JSON.stringify(p.details), hasDirectPayment(p.details), JSON.stringify(p.entryScores)]);
  }

  async forAssessment(tx: Tx, assessmentId: string): Promise<SupportPlan | undefined> {
    const [r] = await tx.query(`SELECT id, assessment_id, carer_id, provider_id, to_char(agreed_on, 'YYYY-MM-DD') AS agreed_on, details, entry_scores
                                  FROM support_plan WHERE assessment_id = $1`, [assessmentId]);
    return r && { id: r.id, assessmentId: r.assessment_id, carerId: r.carer_id, providerId: r.provider_id ?? undefined, agreedOn: r.agreed_on, details: r.details, entryScores: r.entry_scores };
  }

  async addReview(tx: Tx, r: Review & { notes?: string }): Promise<boolean> {
    const added = await tx.query(`INSERT INTO review (id, tenant_id, plan_id, type, due_on, completed_on, scores, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [r.id, tx.tenantId, r.planId, r.type, r.dueOn, r.completedOn, JSON.stringify(r.scores), r.notes ?? null]);
    return added.length > 0;
  }

  async reviews(tx: Tx, planId: string): Promise<Review[]> {
    const rows = await tx.query(`SELECT id, plan_id, type, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(completed_on, 'YYYY-MM-DD') AS completed_on, scores
                                   FROM review WHERE plan_id = $1 ORDER BY completed_on, id`, [planId]);
    return rows.map((r) => ({ id: r.id, planId: r.plan_id, type: r.type, dueOn: r.due_on, completedOn: r.completed_on, scores: r.scores }));
  }
}
