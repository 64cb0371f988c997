import { Module } from '@nestjs/common';
import { CarersController } from './api/carers.controller';
import { DuplicateReviewsController } from './api/duplicate-reviews.controller';
import { AllocateProviderHandler } from './application/allocate-provider.handler';
import { CARERS } from './application/carer.repository';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { DeregisterCarerHandler } from './application/deregister-carer.handler';
import { DuplicateReviewQueue } from './application/duplicate-review-queue';
import { GetCarerQuery } from './application/get-carer.query';
import { ProviderAllocations } from './application/provider-allocations';
import { RegisterCarerHandler } from './application/register-carer.handler';
import { ResolveDuplicateReviewHandler } from './application/resolve-duplicate-review.handler';
import { SearchCarersQuery } from './application/search-carers.query';
import { TransitionDueScheduler } from './application/transition-due.scheduler';
import { TransitionWatch } from './application/transition-watch';
import { UpdateCarerHandler } from './application/update-carer.handler';
import { SqlDuplicateReviewQueue } from './infrastructure/sql-duplicate-review-queue';
import { SqlProviderAllocations } from './infrastructure/sql-provider-allocations';
import { SqlTransitionWatch } from './infrastructure/sql-transition-watch';
import { TypeormCarerRepository } from './infrastructure/typeorm-carer.repository';

@Module({
  controllers: [CarersController, DuplicateReviewsController],
  providers: [
    RegisterCarerHandler, GetCarerQuery, SearchCarersQuery, UpdateCarerHandler, DeregisterCarerHandler, AllocateProviderHandler,
    ResolveDuplicateReviewHandler, TransitionDueScheduler,
    { provide: CARERS, useClass: TypeormCarerRepository },
    { provide: Clock, useFactory: () => clockFromEnvironment() },
    { provide: ProviderAllocations, useClass: SqlProviderAllocations },
    { provide: DuplicateReviewQueue, useClass: SqlDuplicateReviewQueue },
    { provide: TransitionWatch, useClass: SqlTransitionWatch },
  ],
  exports: [CARERS, Clock, ProviderAllocations],
})
export class CarersModule {}
