import { Inject, Injectable } from '@nestjs/common';
import { CarerAnonymised } from '@carers/contracts';
import { Principal } from '@carers/platform/auth';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { carerInScope } from '../../carers/application/carer-in-scope';
import { CARERS, CarerRepository } from '../../carers/application/carer.repository';
import { Clock, councils } from '@carers/platform/service';
import { Carer } from '../../carers/domain/carer';
import { AuditEntry, AuditTrail } from './audit-trail';
import { HeldAboutCarer, PersonalData } from './personal-data';

export interface SubjectAccessExport extends HeldAboutCarer {
  generatedAt: string;
  carer: Carer;
  auditTrail: AuditEntry[];
}

/** UK GDPR tools: subject access export, erasure, legal hold, and the retention job. */
@Injectable()
export class DataProtectionHandler {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CARERS) private readonly carers: CarerRepository,
    private readonly data: PersonalData,
    private readonly trail: AuditTrail,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  subjectAccess(who: Principal, carerId: string): Promise<SubjectAccessExport> {
    return this.uow.run(who.tenantId, async (tx) => {
      const carer = await carerInScope(tx, this.carers, { tenantId: who.tenantId }, carerId);
      const held = await this.data.heldAbout(tx, carerId);
      return { generatedAt: new Date().toISOString(), carer, ...held, auditTrail: await this.trail.about(tx, carerId) };
    });
  }

  erase(who: Principal, carerId: string, reason: string): Promise<Carer> {
    return this.uow.run(who.tenantId, async (tx) => {
      const carer = await this.anonymise(tx, await carerInScope(tx, this.carers, { tenantId: who.tenantId }, carerId, true), 'erasure-request');
      await this.trail.recordIn(tx, { actor: who.subject, role: who.roles.join(','), action: 'erase', what: 'erasure request', subjectIds: [carerId], purpose: reason });
      return carer;
    });
  }

  setLegalHold(who: Principal, carerId: string, reason: string | undefined): Promise<Carer> {
    return this.uow.run(who.tenantId, async (tx) => {
      const carer = (await carerInScope(tx, this.carers, { tenantId: who.tenantId }, carerId, true)).hold(reason);
      await this.carers.save(tx, carer);
      return carer;
    });
  }

  retentionYears(tenantId: string): Promise<number> {
    return this.uow.run(tenantId, (tx) => this.data.retentionYears(tx));
  }

  setRetentionYears(tenantId: string, years: number): Promise<number> {
    return this.uow.run(tenantId, async (tx) => (await this.data.setRetentionYears(tx, years), years));
  }

  /** Anonymises, for every council, the deregistered carers whose retention period has ended. */
  async runRetention(): Promise<Record<string, number>> {
    const today = this.clock.today();
    const done: Record<string, number> = {};
    for (const tenantId of councils()) {
      done[tenantId] = await this.uow.run(tenantId, async (tx) => {
        const years = await this.data.retentionYears(tx);
        const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
        const due = await this.data.dueForRetention(tx, cutoff, 1000);
        for (const id of due) await this.anonymise(tx, (await this.carers.get(tx, id, true))!, 'retention');
        if (due.length) await this.trail.recordIn(tx, { actor: 'retention-job', role: 'system', action: 'erase', what: `retention: ${years} years after deregistration`, subjectIds: due, purpose: 'retention schedule' });
        return due.length;
      });
    }
    return done;
  }

  private async anonymise(tx: Tx, carer: Carer, cause: 'erasure-request' | 'retention'): Promise<Carer> {
    const today = this.clock.today();
    const anonymised = carer.anonymise(today);
    await this.carers.save(tx, anonymised);
    await this.data.anonymiseSurroundings(tx, carer.id, today);
    await this.outbox.add(tx, CarerAnonymised, carer.id, anonymised.version, { carerId: carer.id, cause, anonymisedOn: today });
    return anonymised;
  }
}
