import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CarerRegistered } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer, CarerDetails } from '../domain/carer';
import { nearMatchReasons } from '../domain/near-match';
import { DuplicateCarerError, UnknownAreaBoardError, UnknownProviderError } from '../domain/carer.errors';
import { CarerRepository } from './carer.repository';
import { Clock } from '@carers/platform/service';
import { DuplicateReviewQueue } from './duplicate-review-queue.repository';
import { ProviderAllocations } from './provider-allocations.repository';

export interface RegisterCarer extends CarerDetails {
  tenantId: string;
  /** Who registered the carer (token subject), recorded on the first allocation. */
  by: string;
  requestsAssessment?: boolean;
}

export interface Registration {
  carer: Carer;
  /** Records that may be the same person, now in the review queue. */
  possibleDuplicates: { reviewId: string; carerId: string; reasons: string[] }[];
}

@Injectable()
export class RegisterCarerHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly allocations: ProviderAllocations,
    private readonly reviews: DuplicateReviewQueue,
  ) {}

  async execute(cmd: RegisterCarer): Promise<Registration> {
    const today = this.clock.today();
    const { tenantId, by, requestsAssessment, ...details } = cmd;
    const carer = Carer.register(randomUUID(), tenantId, details, today);
    return this.uow.run(tenantId, async (tx) => {
      if (details.areaBoard && !(await this.carers.isAreaBoard(tx, details.areaBoard))) throw new UnknownAreaBoardError(details.areaBoard);
      if (details.providerId && !(await this.carers.isConsortiumMember(tx, details.providerId)))
        throw new UnknownProviderError(details.providerId);
      const existing = await this.carers.findSamePerson(tx, carer);
      if (existing) throw new DuplicateCarerError(existing);
      await this.carers.add(tx, carer);
      if (carer.details.providerId)
        await this.allocations.open(tx, carer.id, {
          providerId: carer.details.providerId,
          fromOn: today,
          reason: 'registration',
          allocatedBy: by,
        });
      const possibleDuplicates: Registration['possibleDuplicates'] = [];
      for (const candidate of await this.reviews.candidatesFor(tx, carer)) {
        const reasons = nearMatchReasons(carer.details, candidate.details);
        if (reasons.length)
          possibleDuplicates.push({
            reviewId: await this.reviews.flag(tx, carer.id, candidate.id, reasons),
            carerId: candidate.id,
            reasons,
          });
      }
      await this.outbox.add(tx, CarerRegistered, carer.id, carer.version, {
        carerId: carer.id,
        kind: carer.details.kind,
        ageBand: carer.ageBandOn(today),
        providerId: carer.details.providerId,
        registeredOn: carer.registeredOn,
        areaBoard: carer.details.areaBoard,
        hoursBand: carer.details.hoursBand,
        gpConsent: carer.details.gpConsent,
        assessmentRequested: requestsAssessment || undefined,
      });
      return { carer, possibleDuplicates };
    });
  }
}
