import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { DataProtectionModule } from '../data-protection/data-protection.module';
import { ImportsController } from './api/imports.controller';
import { ImportCarersHandler } from './application/import-carers.handler';
import { ImportJobs } from './application/import-jobs';
import { SqlImportJobs } from './infrastructure/sql-import-jobs';

@Module({
  imports: [CarersModule, DataProtectionModule],
  controllers: [ImportsController],
  providers: [ImportCarersHandler, { provide: ImportJobs, useClass: SqlImportJobs }],
})
export class ImportsModule {}
