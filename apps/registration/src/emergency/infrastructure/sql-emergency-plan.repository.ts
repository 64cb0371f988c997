import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CardAccess, EmergencyPlanRepository } from '../application/emergency-plan.repository';
import { CaredForNeeds, EmergencyContact, EmergencyPlan } from '../domain/emergency-plan';

const COLUMNS = `id, tenant_id, carer_id, card_number, contacts, needs, contingency_hours,
  to_char(created_on, 'YYYY-MM-DD') AS created_on, to_char(review_due_on, 'YYYY-MM-DD') AS review_due_on, version`;

interface PlanRow {
  id: string;
  tenant_id: string;
  carer_id: string;
  card_number: string;
  contacts: EmergencyContact[];
  needs: CaredForNeeds;
  contingency_hours: number;
  created_on: string;
  review_due_on: string;
  version: number;
}

interface AccessRow {
  plan_id: string;
  action: CardAccess['action'];
  by_subject: string;
  by_role: string;
  reason: string | null;
  at: Date;
}

function toPlan(r: PlanRow): EmergencyPlan {
  return EmergencyPlan.restore({
    id: r.id,
    tenantId: r.tenant_id,
    carerId: r.carer_id,
    cardNumber: r.card_number,
    contacts: r.contacts,
    needs: r.needs,
    contingencyHours: r.contingency_hours,
    createdOn: r.created_on,
    reviewDueOn: r.review_due_on,
    version: r.version,
  });
}

@Injectable()
export class SqlEmergencyPlanRepository extends EmergencyPlanRepository {
  async add(tx: Tx, p: EmergencyPlan): Promise<void> {
    await tx.query(
      `INSERT INTO emergency_plan (id, tenant_id, carer_id, card_number, contacts, needs, contingency_hours, created_on, review_due_on, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        p.id,
        p.tenantId,
        p.carerId,
        p.cardNumber,
        JSON.stringify(p.contacts),
        JSON.stringify(p.needs),
        p.contingencyHours,
        p.createdOn,
        p.reviewDueOn,
        p.version,
      ],
    );
  }

  async forCarer(tx: Tx, carerId: string): Promise<EmergencyPlan | undefined> {
    const [row] = await tx.query<PlanRow>(`SELECT ${COLUMNS} FROM emergency_plan WHERE tenant_id = $2 AND carer_id = $1`, [
      carerId,
      tx.tenantId,
    ]);
    return row ? toPlan(row) : undefined;
  }

  async byCardNumber(tx: Tx, cardNumber: string): Promise<EmergencyPlan | undefined> {
    const [row] = await tx.query<PlanRow>(`SELECT ${COLUMNS} FROM emergency_plan WHERE tenant_id = $2 AND card_number = $1`, [
      cardNumber,
      tx.tenantId,
    ]);
    return row ? toPlan(row) : undefined;
  }

  async recordAccess(tx: Tx, a: CardAccess): Promise<void> {
    await tx.query(
      `INSERT INTO emergency_card_access (tenant_id, plan_id, action, by_subject, by_role, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tx.tenantId, a.planId, a.action, a.bySubject, a.byRole, a.reason ?? null],
    );
  }

  async accessLog(tx: Tx, planId: string): Promise<(CardAccess & { at: string })[]> {
    const rows = await tx.query<AccessRow>(
      `SELECT plan_id, action, by_subject, by_role, reason, at FROM emergency_card_access WHERE tenant_id = $2 AND plan_id = $1 ORDER BY id`,
      [planId, tx.tenantId],
    );
    return rows.map((r) => ({
      planId: r.plan_id,
      action: r.action,
      bySubject: r.by_subject,
      byRole: r.by_role,
      reason: r.reason ?? undefined,
      at: new Date(r.at).toISOString(),
    }));
  }

  async claimDueReviews(tx: Tx, today: string, limit: number): Promise<EmergencyPlan[]> {
    const rows = await tx.query<PlanRow>(
      `SELECT ${COLUMNS} FROM emergency_plan
        WHERE tenant_id = $3 AND review_due_on <= $1 AND (review_due_notified_for IS NULL OR review_due_notified_for <> review_due_on)
        ORDER BY review_due_on LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [today, limit, tx.tenantId],
    );
    return rows.map(toPlan);
  }

  async markReviewNotified(tx: Tx, planId: string, reviewDueOn: string): Promise<void> {
    await tx.query(`UPDATE emergency_plan SET review_due_notified_for = $2 WHERE tenant_id = $3 AND id = $1`, [
      planId,
      reviewDueOn,
      tx.tenantId,
    ]);
  }
}
