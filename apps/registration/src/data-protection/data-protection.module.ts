import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CarersModule } from '../carers/carers.module';
import { AuditInterceptor } from './api/audit.interceptor';
import { DataProtectionController } from './api/data-protection.controller';
import { AuditTrail } from './application/audit-trail';
import { DataProtectionHandler } from './application/data-protection.handler';
import { PersonalData } from './application/personal-data';
import { RetentionScheduler } from './application/retention.scheduler';
import { SqlAuditTrail } from './infrastructure/sql-audit-trail';
import { SqlPersonalData } from './infrastructure/sql-personal-data';

@Module({
  imports: [CarersModule],
  controllers: [DataProtectionController],
  providers: [
    DataProtectionHandler, RetentionScheduler,
    { provide: AuditTrail, useClass: SqlAuditTrail },
    { provide: PersonalData, useClass: SqlPersonalData },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditTrail],
})
export class DataProtectionModule {}
