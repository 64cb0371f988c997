import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CardAccess, CardRefusal, EmergencyPlanRepository } from '../application/emergency-plan.repository';
import { EmergencyCard } from '../domain/emergency-card';
import { CaredForNeeds, EmergencyContact, EmergencyPlan } from '../domain/emergency-plan';
import { CardNumberHasher } from './card-number-hasher.adapter';

const COLUMNS = `id, tenant_id, carer_id, contacts, needs, contingency_hours,
  to_char(created_on, 'YYYY-MM-DD') AS created_on, to_char(review_due_on, 'YYYY-MM-DD') AS review_due_on, version`;
const MOMENT = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const CARD_COLUMNS = `id, plan_id, ${MOMENT('issued_at')} AS issued_at, ${MOMENT('revoked_at')} AS revoked_at`;

interface PlanRow {
  id: string;
  tenant_id: string;
  carer_id: string;
  contacts: EmergencyContact[];
  needs: CaredForNeeds;
  contingency_hours: number;
  created_on: string;
  review_due_on: string;
  version: number;
}

interface CardRow {
  id: string;
  plan_id: string;
  issued_at: string;
  revoked_at: string | null;
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
    contacts: r.contacts,
    needs: r.needs,
    contingencyHours: r.contingency_hours,
    createdOn: r.created_on,
    reviewDueOn: r.review_due_on,
    version: r.version,
  });
}

function toCard(r: CardRow): EmergencyCard {
  return { id: r.id, planId: r.plan_id, issuedAt: r.issued_at, revokedAt: r.revoked_at ?? undefined };
}

/** Card numbers are matched and stored only as their keyed hash (`CardNumberHasher`); no query reads a number back. */
@Injectable()
export class SqlEmergencyPlanRepository extends EmergencyPlanRepository {
  constructor(private readonly hasher: CardNumberHasher) {
    super();
  }

  async add(tx: Tx, p: EmergencyPlan): Promise<void> {
    await tx.query(
      `INSERT INTO emergency_plan (id, tenant_id, carer_id, contacts, needs, contingency_hours, created_on, review_due_on, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        p.id,
        p.tenantId,
        p.carerId,
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

  async issueCard(tx: Tx, planId: string, cardNumber: string): Promise<EmergencyCard> {
    const [row] = await tx.query<CardRow>(
      `INSERT INTO emergency_card (id, tenant_id, plan_id, number_hash) VALUES ($1, $2, $3, $4) RETURNING ${CARD_COLUMNS}`,
      [randomUUID(), tx.tenantId, planId, this.hasher.hash(cardNumber)],
    );
    return toCard(row);
  }

  async byCardNumber(tx: Tx, cardNumber: string): Promise<{ card: EmergencyCard; plan: EmergencyPlan } | undefined> {
    const [card] = await tx.query<CardRow>(`SELECT ${CARD_COLUMNS} FROM emergency_card WHERE tenant_id = $2 AND number_hash = $1`, [
      this.hasher.hash(cardNumber),
      tx.tenantId,
    ]);
    if (!card) return undefined;
    const [plan] = await tx.query<PlanRow>(`SELECT ${COLUMNS} FROM emergency_plan WHERE tenant_id = $2 AND id = $1`, [
      card.plan_id,
      tx.tenantId,
    ]);
    return plan ? { card: toCard(card), plan: toPlan(plan) } : undefined;
  }

  async cardInUse(tx: Tx, planId: string): Promise<EmergencyCard | undefined> {
    const [row] = await tx.query<CardRow>(
      `SELECT ${CARD_COLUMNS} FROM emergency_card WHERE tenant_id = $2 AND plan_id = $1 AND revoked_at IS NULL FOR UPDATE`,
      [planId, tx.tenantId],
    );
    return row ? toCard(row) : undefined;
  }

  async revokeCard(tx: Tx, cardId: string, by: string, reason: string): Promise<EmergencyCard> {
    const [row] = await tx.query<CardRow>(
      `UPDATE emergency_card SET revoked_at = now(), revoked_by = $2, revocation_reason = $3
        WHERE tenant_id = $4 AND id = $1 AND revoked_at IS NULL RETURNING ${CARD_COLUMNS}`,
      [cardId, by, reason, tx.tenantId],
    );
    return toCard(row);
  }

  async recordRefusal(tx: Tx, r: CardRefusal): Promise<void> {
    await tx.query(
      `INSERT INTO emergency_card_refusal (tenant_id, action, by_subject, by_role, reason, plan_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tx.tenantId, r.action, r.bySubject, r.byRole, r.reason, r.planId ?? null],
    );
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
