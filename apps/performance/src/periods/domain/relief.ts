import { Relief } from './period';

/** Whether relief covers a provider's KPI value: relief is for one provider or all, and one KPI or all. */
export function covers(relief: Omit<Relief, 'reason'>, entry: { providerId: string; kpiId: string }): boolean {
  return (!relief.providerId || relief.providerId === entry.providerId) && (!relief.kpiId || relief.kpiId === entry.kpiId);
}

/** The relief covering a provider's KPI value, if any. */
export function reliefFor(entry: { providerId: string; kpiId: string }, reliefs: readonly Relief[]): Relief | undefined {
  return reliefs.find((r) => covers(r, entry));
}
