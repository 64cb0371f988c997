import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CarerRegistered } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer, CarerDetails } from '../domain/carer';
import { DuplicateCarerError, UnknownAreaBoardError, UnknownProviderError } from '../domain/carer.errors';
import { CARERS, CarerRepository } from './carer.repository';
import { Clock } from './clock';

export interface RegisterCarer extends CarerDetails {
  tenantId: string;
}

@Injectable()
export class RegisterCarerHandler {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CARERS) private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: RegisterCarer): Promise<Carer> {
    const today = this.clock.today();
    const { tenantId, ...details } = cmd;
    const carer = Carer.register(randomUUID(), tenantId, details, today);
    await this.uow.run(tenantId, async (tx) => {
      if (details.areaBoard && !(await this.carers.isAreaBoard(tx, details.areaBoard))) throw new UnknownAreaBoardError(details.areaBoard);
      if (details.providerId && !(await this.carers.isConsortiumMember(tx, details.providerId))) throw new UnknownProviderError(details.providerId);
      const existing = await this.carers.findSamePerson(tx, carer);
      if (existing) throw new DuplicateCarerError(existing);
      await this.carers.add(tx, carer);
      await this.outbox.add(tx, CarerRegistered, carer.id, carer.version, {
        carerId: carer.id, kind: carer.details.kind, ageBand: carer.ageBandOn(today), providerId: carer.details.providerId,
        registeredOn: carer.registeredOn, areaBoard: carer.details.areaBoard, hoursBand: carer.details.hoursBand, gpConsent: carer.details.gpConsent,
      });
    });
    return carer;
  }
}
