import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils, IntervalJob } from '@carers/platform/service';
import { CarerRepository } from '../../carers/application/carer.repository';
import { AnonymiseCarerHandler } from './anonymise-carer.handler';
import { AuditTrail } from './audit-trail.repository';
import { PersonalData } from './personal-data.repository';

/**
 * Anonymises, for every council, the deregistered carers whose retention period has ended. Runs every
 * RETENTION_SCAN_SECONDS (a day by default), and on demand through the admin API.
 */
@Injectable()
export class RetentionJob extends IntervalJob {
  protected readonly every = { env: 'RETENTION_SCAN_SECONDS', seconds: 86_400 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly data: PersonalData,
    private readonly anonymise: AnonymiseCarerHandler,
    private readonly trail: AuditTrail,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected tick() {
    return this.runOnce();
  }

  /** For every council served, or the ones given (an administrator's own council, issue 21 finding 10). */
  async runOnce(tenants: readonly string[] = councils()): Promise<Record<string, number>> {
    const today = this.clock.today();
    const done: Record<string, number> = {};
    for (const tenantId of tenants) {
      done[tenantId] = await this.uow.run(tenantId, async (tx) => {
        const years = await this.data.retentionYears(tx);
        const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
        const due = await this.data.dueForRetention(tx, cutoff, 1000);
        for (const id of due) await this.anonymise.execute(tx, (await this.carers.get(tx, id, true))!, 'retention');
        if (due.length)
          await this.trail.record(tx, {
            actor: 'retention-job',
            role: 'system',
            action: 'erase',
            what: `retention: ${years} years after deregistration`,
            subjectIds: due,
            purpose: 'retention schedule',
          });
        return due.length;
      });
    }
    return done;
  }
}
