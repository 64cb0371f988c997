import { Injectable } from '@nestjs/common';
import { CarerAnonymised } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CarerRepository } from '../../carers/application/carer.repository';
import { Carer } from '../../carers/domain/carer';
import { PersonalData } from './personal-data.repository';

/**
 * Anonymises a carer and what surrounds them, and tells the other services, in the caller's transaction: an
 * erasure request and the retention job each do it as one step of their own work.
 */
@Injectable()
export class AnonymiseCarerHandler {
  constructor(
    private readonly carers: CarerRepository,
    private readonly data: PersonalData,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(tx: Tx, carer: Carer, cause: 'erasure-request' | 'retention'): Promise<Carer> {
    const today = this.clock.today();
    const anonymised = carer.anonymise(today);
    await this.carers.save(tx, anonymised);
    await this.data.anonymiseSurroundings(tx, carer.id, today);
    await this.outbox.add(tx, CarerAnonymised, carer.id, anonymised.version, { carerId: carer.id, cause, anonymisedOn: today });
    return anonymised;
  }
}
