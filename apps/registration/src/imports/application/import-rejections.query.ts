import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ImportNotFoundError } from '../domain/import.errors';
import { ImportJobs, RowRejection } from './import-jobs.repository';

/** The rows an import refused, each with why. */
@Injectable()
export class ImportRejectionsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: ImportJobs,
  ) {}

  execute(tenantId: string, id: string): Promise<RowRejection[]> {
    return this.uow.run(tenantId, async (tx) => {
      if (!(await this.jobs.get(tx, id))) throw new ImportNotFoundError(id);
      return this.jobs.rejections(tx, id);
    });
  }
}
