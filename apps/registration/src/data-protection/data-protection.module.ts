import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CarersModule } from '../carers/carers.module';
import { AuditInterceptor } from './api/audit.interceptor';
import { DataProtectionController } from './api/data-protection.controller';
import { AnonymiseCarerHandler } from './application/anonymise-carer.handler';
import { AuditTrail } from './application/audit-trail.repository';
import { EraseCarerHandler } from './application/erase-carer.handler';
import { PersonalData } from './application/personal-data.repository';
import { RecordAccessHandler } from './application/record-access.handler';
import { RetentionScheduleQuery } from './application/retention-schedule.query';
import { RetentionJob } from './application/retention.job';
import { SetLegalHoldHandler } from './application/set-legal-hold.handler';
import { SetRetentionScheduleHandler } from './application/set-retention-schedule.handler';
import { SubjectAccessQuery } from './application/subject-access.query';
import { SqlAuditTrail } from './infrastructure/sql-audit-trail.repository';
import { SqlPersonalData } from './infrastructure/sql-personal-data.repository';

@Module({
  imports: [CarersModule],
  controllers: [DataProtectionController],
  providers: [
    SubjectAccessQuery,
    EraseCarerHandler,
    SetLegalHoldHandler,
    RetentionScheduleQuery,
    SetRetentionScheduleHandler,
    AnonymiseCarerHandler,
    RecordAccessHandler,
    RetentionJob,
    { provide: AuditTrail, useClass: SqlAuditTrail },
    { provide: PersonalData, useClass: SqlPersonalData },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditTrail],
})
export class DataProtectionModule {}
