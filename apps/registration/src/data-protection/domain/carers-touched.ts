const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The carers whose data a request touched: from the route's carer id, and from the carers it answered with. */
export function carersTouched(path: string, params: Record<string, string>, body: any): string[] {
  const ids = new Set<string>();
  const add = (v: unknown) => typeof v === 'string' && UUID.test(v) && ids.add(v);
  if (path.startsWith('/carers')) {
    add(params['carerId'] ?? params['id']);
    if (!params['id'] && !params['carerId']) add(body?.id);
    (body?.carers ?? []).forEach((c: { id?: string }) => add(c.id));
  }
  add(body?.carerId);
  (body?.reviews ?? []).forEach((r: { carerId?: string; candidateId?: string }) => (add(r.carerId), add(r.candidateId)));
  (body?.referrals ?? []).forEach((r: { carerId?: string }) => add(r.carerId));
  return [...ids];
}
