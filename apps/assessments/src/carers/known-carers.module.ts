import { Module } from '@nestjs/common';
import { KnownCarersController } from './api/known-carers.controller';
import { KnownCarerQuery } from './application/known-carer.query';
import { KnownCarerRepository } from './application/known-carer.repository';
import { RecordProviderAllocationHandler } from './application/record-provider-allocation.handler';
import { RecordRegisteredCarerHandler } from './application/record-registered-carer.handler';
import { SqlKnownCarerRepository } from './infrastructure/sql-known-carer.repository';

@Module({
  controllers: [KnownCarersController],
  providers: [
    RecordRegisteredCarerHandler,
    RecordProviderAllocationHandler,
    KnownCarerQuery,
    { provide: KnownCarerRepository, useClass: SqlKnownCarerRepository },
  ],
  exports: [RecordRegisteredCarerHandler, RecordProviderAllocationHandler, KnownCarerRepository],
})
export class KnownCarersModule {}
