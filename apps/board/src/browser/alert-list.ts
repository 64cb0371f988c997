/** The live alert list's bookkeeping: which alerts are new, and what each says. Pure. */
import type { BoardAlert } from '../board-view-models.js';
import type { BoardNames } from './board-names.js';

/** The feed keeps this many alerts, newest first. */
export const MAX_ALERTS = 100;

/** An alert's id: `id` from GET /alerts, `alertId` from the live feed. */
export const alertKey = (a: BoardAlert): string | undefined => a.alertId ?? a.id;

/** The alerts not seen before, which are then remembered as seen. */
export function freshAlerts(seen: Map<string | undefined, BoardAlert>, alerts: readonly BoardAlert[]): BoardAlert[] {
  const fresh = alerts.filter((a) => !seen.has(alertKey(a)));
  for (const a of fresh) seen.set(alertKey(a), a);
  return fresh;
}

/** "Vale Family Support · Contact in 10 days · Board referral" */
export function alertDetail(a: BoardAlert, names: Pick<BoardNames, 'provider' | 'kpi' | 'stage'>): string {
  return `${names.provider(a.providerId)} · ${names.kpi(a.kpiId)}${a.stage ? ` · ${names.stage(a.stage)}` : ''}`;
}

/**
 * Related alerts are grouped (issue 18): those about one case on one day (a failed plan and the board referral it
 * causes, a credit withheld and the cap it reaches) show as one entry. An alert with no case stands alone.
 */
export function alertGroupKey(a: BoardAlert, now = new Date().toISOString()): string {
  return `${a.caseId ?? `alert:${alertKey(a)}`}|${(a.raisedAt ?? now).slice(0, 10)}`;
}

/** "2 related alerts" under a group's newest alert; nothing for one alone. */
export const relatedLabel = (count: number): string =>
  count > 1 ? `${count - 1} earlier related alert${count > 2 ? 's' : ''} on this case today` : '';
