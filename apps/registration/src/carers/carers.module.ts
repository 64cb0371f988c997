import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { CarersController } from './api/carers.controller';
import { DuplicateReviewsController } from './api/duplicate-reviews.controller';
import { RegistrationReferralsController } from './api/registration-referrals.controller';
import { AllocateProviderHandler } from './application/allocate-provider.handler';
import { AllocationHistoryQuery } from './application/allocation-history.query';
import { CarerRepository } from './application/carer.repository';
import { CloseRegistrationReferralHandler } from './application/close-registration-referral.handler';
import { DeregisterCarerHandler } from './application/deregister-carer.handler';
import { DuplicateReviewQueue } from './application/duplicate-review-queue.repository';
import { DuplicateReviewsQuery } from './application/duplicate-reviews.query';
import { GetCarerQuery } from './application/get-carer.query';
import { KeepCarersApartHandler } from './application/keep-carers-apart.handler';
import { MergeCarersHandler } from './application/merge-carers.handler';
import { ProviderAllocations } from './application/provider-allocations.repository';
import { RegisterCarerHandler } from './application/register-carer.handler';
import { RegistrationReferralsQuery } from './application/registration-referrals.query';
import { RegistrationReferrals } from './application/registration-referrals.repository';
import { SearchCarersQuery } from './application/search-carers.query';
import { TransitionDueJob } from './application/transition-due.job';
import { TransitionWatch } from './application/transition-watch.repository';
import { UpdateCarerHandler } from './application/update-carer.handler';
import { SqlCarerRepository } from './infrastructure/sql-carer.repository';
import { SqlDuplicateReviewQueue } from './infrastructure/sql-duplicate-review-queue.repository';
import { SqlProviderAllocations } from './infrastructure/sql-provider-allocations.repository';
import { SqlRegistrationReferrals } from './infrastructure/sql-registration-referrals.repository';
import { SqlTransitionWatch } from './infrastructure/sql-transition-watch.repository';

@Module({
  controllers: [CarersController, DuplicateReviewsController, RegistrationReferralsController],
  providers: [
    RegisterCarerHandler,
    GetCarerQuery,
    SearchCarersQuery,
    UpdateCarerHandler,
    DeregisterCarerHandler,
    AllocateProviderHandler,
    AllocationHistoryQuery,
    DuplicateReviewsQuery,
    MergeCarersHandler,
    KeepCarersApartHandler,
    RegistrationReferralsQuery,
    CloseRegistrationReferralHandler,
    TransitionDueJob,
    { provide: CarerRepository, useClass: SqlCarerRepository },
    { provide: Clock, useFactory: () => clockFromEnvironment() },
    { provide: ProviderAllocations, useClass: SqlProviderAllocations },
    { provide: DuplicateReviewQueue, useClass: SqlDuplicateReviewQueue },
    { provide: RegistrationReferrals, useClass: SqlRegistrationReferrals },
    { provide: TransitionWatch, useClass: SqlTransitionWatch },
  ],
  exports: [CarerRepository, Clock, ProviderAllocations],
})
export class CarersModule {}
