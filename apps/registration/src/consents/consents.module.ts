import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { ConsentsController } from './api/consents.controller';
import { Consents } from './application/consents';
import { ConsentsHandler } from './application/consents.handler';
import { SqlConsents } from './infrastructure/sql-consents';

@Module({
  imports: [CarersModule],
  controllers: [ConsentsController],
  providers: [ConsentsHandler, { provide: Consents, useClass: SqlConsents }],
  exports: [Consents],
})
export class ConsentsModule {}
