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
