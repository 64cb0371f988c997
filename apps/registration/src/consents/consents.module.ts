import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { ConsentsController } from './api/consents.controller';
import { Consents } from './application/consents.repository';
import { ConsentsQuery } from './application/consents.query';
import { GiveConsentHandler } from './application/give-consent.handler';
import { WithdrawConsentHandler } from './application/withdraw-consent.handler';
import { SqlConsents } from './infrastructure/sql-consents.repository';

@Module({
  imports: [CarersModule],
  controllers: [ConsentsController],
  providers: [GiveConsentHandler, WithdrawConsentHandler, ConsentsQuery, { provide: Consents, useClass: SqlConsents }],
  exports: [Consents],
})
export class ConsentsModule {}
