import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, Observable, switchMap } from 'rxjs';
import { Principal } from '@carers/platform/auth';
import { AuditEntry } from '../application/audit-trail.repository';
import { RecordAccessHandler } from '../application/record-access.handler';
import { carersTouched } from '../domain/carers-touched';

export const DEFAULT_PURPOSE = 'care-and-support';

/**
 * Records every successful call that touched a carer's personal data in the audit trail, before the answer
 * leaves: if the entry cannot be written, the caller gets an error rather than unaudited data.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly accesses: RecordAccessHandler) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const who: Principal | undefined = req.principal;
    if (!who) return next.handle();
    const route: string = req.route?.path ?? req.path;
    return next.handle().pipe(
      switchMap((body) => {
        const subjectIds = carersTouched(route, req.params ?? {}, body);
        if (!subjectIds.length) return [body];
        const purpose = String(req.headers['x-access-purpose'] ?? DEFAULT_PURPOSE).slice(0, 200);
        const entry: AuditEntry = {
          actor: who.subject,
          role: who.roles.join(','),
          action: req.method === 'GET' ? 'read' : 'write',
          what: `${req.method} ${route}`,
          subjectIds,
          purpose,
        };
        return from(this.accesses.execute(who.tenantId, entry).then(() => body));
      }),
    );
  }
}
