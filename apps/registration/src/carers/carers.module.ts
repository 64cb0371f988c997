import { Module } from '@nestjs/common';
import { CarersController } from './api/carers.controller';
import { CARERS } from './application/carer.repository';
import { Clock, SystemClock } from './application/clock';
import { GetCarerQuery } from './application/get-carer.query';
import { RegisterCarerHandler } from './application/register-carer.handler';
import { SearchCarersQuery } from './application/search-carers.query';
import { TypeormCarerRepository } from './infrastructure/typeorm-carer.repository';

@Module({
  controllers: [CarersController],
  providers: [RegisterCarerHandler, GetCarerQuery, SearchCarersQuery, { provide: CARERS, useClass: TypeormCarerRepository }, { provide: Clock, useClass: SystemClock }],
  exports: [CARERS, Clock],
})
export class CarersModule {}
