import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CarerRegistered } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer, CarerDetails } from '../domain/carer';
import { isInScope } from '../domain/carer-scope';
import { nearMatchReasons } from '../domain/near-match';
import { DuplicateCarerError, UnknownAreaBoardError, UnknownProviderError } from '../domain/carer.errors';
import { CarerRepository } from './carer.repository';
import { Clock } from '@carers/platform/service';
import { DuplicateReviewQueue } from './duplicate-review-queue.repository';
import { ProviderAllocations } from './provider-allocations.repository';
import { RegistrationReferrals } from './registration-referrals.repository';
import { Scope } from '@carers/platform/auth';

export interface RegisterCarer extends CarerDetails {
  tenantId: string;
  /** Who registered the carer (token subject), recorded on the first allocation. */
  by: string;
  requestsAssessment?: boolean;
}

/** A record that may be the same person, now in the review queue. */
export interface PossibleDuplicate {
  reviewId: string;
  carerId: string;
  reasons: string[];
}

export type Registration =
  | { outcome: 'registered'; carer: Carer; possibleDuplicates: PossibleDuplicate[] }
  /**
   * The person is already on the register, outside the caller's scope (another provider's carer, or one no provider
   * holds): nothing is registered and the attempt waits for a council officer. The caller must learn nothing more,
   * least of all the record's id (issue 21, finding 4).
   */
  | { outcome: 'referred-to-council' };

@Injectable()
export class RegisterCarerHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly allocations: ProviderAllocations,
    private readonly reviews: DuplicateReviewQueue,
    private readonly referrals: RegistrationReferrals,
  ) {}

  /** `scope` is the caller's: a provider worker registers for its own provider, and may not learn of anyone else's carers. */
  async execute(scope: Scope, cmd: RegisterCarer): Promise<Registration> {
    const today = this.clock.today();
    const { tenantId, by, requestsAssessment, ...details } = cmd;
    const carer = Carer.register(randomUUID(), tenantId, details, today);
    return this.uow.run(tenantId, async (tx) => {
      if (details.areaBoard && !(await this.carers.isAreaBoard(tx, details.areaBoard))) throw new UnknownAreaBoardError(details.areaBoard);
      if (details.providerId && !(await this.carers.isConsortiumMember(tx, details.providerId)))
        throw new UnknownProviderError(details.providerId);
      const existingId = await this.carers.findSamePerson(tx, carer);
      if (existingId) {
        const existing = await this.carers.get(tx, existingId);
        if (scope.kind === 'council' || (existing && isInScope(scope, existing))) throw new DuplicateCarerError(existingId);
        await this.referrals.add(tx, {
          carerId: existingId,
          providerId: scope.providerId,
          submittedBy: by,
          requestsAssessment: !!requestsAssessment,
        });
        return { outcome: 'referred-to-council' as const };
      }
      await this.carers.add(tx, carer);
      if (carer.details.providerId)
        await this.allocations.open(tx, carer.id, {
          providerId: carer.details.providerId,
          fromOn: today,
          reason: 'registration',
          allocatedBy: by,
        });
      const possibleDuplicates: PossibleDuplicate[] = [];
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
      return { outcome: 'registered' as const, carer, possibleDuplicates };
    });
  }
}
