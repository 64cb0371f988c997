import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { DataProtectionModule } from '../data-protection/data-protection.module';
import { ImportsController } from './api/imports.controller';
import { ImportCarersHandler } from './application/import-carers.handler';
import { ImportJobs } from './application/import-jobs.repository';
import { ImportProgressQuery } from './application/import-progress.query';
import { ImportRejectionsQuery } from './application/import-rejections.query';
import { StartImportHandler } from './application/start-import.handler';
import { SqlImportJobs } from './infrastructure/sql-import-jobs.repository';

@Module({
  imports: [CarersModule, DataProtectionModule],
  controllers: [ImportsController],
  providers: [
    StartImportHandler,
    ImportCarersHandler,
    ImportProgressQuery,
    ImportRejectionsQuery,
    { provide: ImportJobs, useClass: SqlImportJobs },
  ],
})
export class ImportsModule {}
