import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, Observable, switchMap } from 'rxjs';
import { Principal } from '@carers/platform/auth';
import { AuditEntry, AuditTrail } from '../application/audit-trail';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DEFAULT_PURPOSE = 'care-and-support';

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
  return [...ids];
}

/**
 * Records every successful call that touched a carer's personal data in the audit trail, before the answer
 * leaves: if the entry cannot be written, the caller gets an error rather than unaudited data.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly trail: AuditTrail) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const who: Principal | undefined = req.principal;
    if (!who) return next.handle();
    const route: string = req.route?.path ?? req.path;
    return next.handle().pipe(switchMap((body) => {
      const subjectIds = carersTouched(route, req.params ?? {}, body);
      if (!subjectIds.length) return [body];
      const purpose = String(req.headers['x-access-purpose'] ?? DEFAULT_PURPOSE).slice(0, 200);
      const entry: AuditEntry = { actor: who.subject, role: who.roles.join(','), action: req.method === 'GET' ? 'read' : 'write', what: `${req.method} ${route}`, subjectIds, purpose };
      return from(this.trail.record(who.tenantId, entry).then(() => body));
    }));
  }
}
