import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ImportJobs, ImportProgress } from './import-jobs.repository';

/** A council officer starts a bulk import from a system; its file is sent to it next. */
@Injectable()
export class StartImportHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: ImportJobs,
  ) {}

  async execute(tenantId: string, source: string, bytesTotal: number | undefined, by: string): Promise<ImportProgress> {
    const id = randomUUID();
    return this.uow.run(tenantId, async (tx) => {
      await this.jobs.create(tx, id, source, bytesTotal, by);
      return (await this.jobs.get(tx, id))!;
    });
  }
}
