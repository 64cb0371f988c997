import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ImportNotFoundError } from '../domain/import.errors';
import { ImportJobs, ImportProgress } from './import-jobs.repository';

/** How far an import has got: bytes and rows read, rows accepted, unchanged and refused. */
@Injectable()
export class ImportProgressQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: ImportJobs,
  ) {}

  execute(tenantId: string, id: string): Promise<ImportProgress> {
    return this.uow.run(tenantId, async (tx) => {
      const job = await this.jobs.get(tx, id);
      if (!job) throw new ImportNotFoundError(id);
      return job;
    });
  }
}
