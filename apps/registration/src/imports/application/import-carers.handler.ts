import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { CarerRegistered, DomainError } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { RegisterCarerRequest } from '../../carers/api/register-carer.request';
import { Clock } from '@carers/platform/service';
import { CarerRepository } from '../../carers/application/carer.repository';
import { ProviderAllocations } from '../../carers/application/provider-allocations.repository';
import { Carer } from '../../carers/domain/carer';
import { AuditTrail } from '../../data-protection/application/audit-trail.repository';
import { ImportRecord, registrationFrom, REQUIRED_COLUMNS } from '../domain/import-columns';
import { FileAlreadyReceivedError } from '../domain/import.errors';
import { ImportProgressQuery } from './import-progress.query';
import { ImportJobs, ImportProgress, RowRejection } from './import-jobs.repository';

export interface ImportedRow {
  record: ImportRecord;
  /** Bytes of the file read so far, for progress. */
  bytesRead: number;
}

interface Checked {
  rowNumber: number;
  externalId: string;
  carer: Carer;
}

const BATCH = 500;

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => (prefix ? `${prefix}${m}` : m)),
    ...messages(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/**
 * Imports a register export row by row: each row is checked as a registration would be, batches of good rows
 * are written with their events in one transaction, bad rows are kept with their reasons for the report, and
 * rows already imported from the same system (same external id) are skipped, so a file can be imported again.
 */
@Injectable()
export class ImportCarersHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly allocations: ProviderAllocations,
    private readonly jobs: ImportJobs,
    private readonly outbox: Outbox,
    private readonly trail: AuditTrail,
    private readonly clock: Clock,
    private readonly progress: ImportProgressQuery,
  ) {}

  /** Imports the file of a started import; `bytesTotal` (the upload's length, when known) lets progress show a percentage. */
  async execute(
    tenantId: string,
    jobId: string,
    by: string,
    rows: AsyncIterable<ImportedRow>,
    bytesTotal?: number,
  ): Promise<ImportProgress> {
    if (bytesTotal) await this.uow.run(tenantId, (tx) => this.jobs.setSize(tx, jobId, bytesTotal));
    const job = await this.progress.execute(tenantId, jobId);
    if (job.status !== 'running' || job.rowsRead > 0) throw new FileAlreadyReceivedError();
    const today = this.clock.today();
    const { areaBoards, providers } = await this.uow.run(tenantId, async (tx) => ({
      areaBoards: await this.carers.areaBoards(tx),
      providers: await this.carers.consortiumMembers(tx),
    }));
    const seenInFile = new Map<string, number>();
    let rowNumber = 1; // the header is row 1
    let batch: { rowNumber: number; record: ImportRecord }[] = [];
    let bytesRead = 0;
    try {
      for await (const row of rows) {
        batch.push({ rowNumber: ++rowNumber, record: row.record });
        bytesRead = row.bytesRead;
        if (batch.length === BATCH) {
          await this.importBatch(tenantId, jobId, job.source, batch, bytesRead, { today, areaBoards, providers, seenInFile, by });
          batch = [];
        }
      }
      await this.importBatch(tenantId, jobId, job.source, batch, bytesRead, { today, areaBoards, providers, seenInFile, by });
      await this.uow.run(tenantId, (tx) => this.jobs.finish(tx, jobId, 'completed'));
    } catch (error) {
      await this.uow.run(tenantId, (tx) => this.jobs.finish(tx, jobId, 'failed', (error as Error).message));
      throw error;
    }
    return this.progress.execute(tenantId, jobId);
  }

  private async importBatch(
    tenantId: string,
    jobId: string,
    source: string,
    batch: { rowNumber: number; record: ImportRecord }[],
    bytesRead: number,
    ctx: { today: string; areaBoards: Set<string>; providers: Set<string>; seenInFile: Map<string, number>; by: string },
  ): Promise<void> {
    const rejections: RowRejection[] = [];
    const checked: Checked[] = [];
    for (const { rowNumber, record } of batch) {
      const reasons = await this.check(record, tenantId, ctx);
      if (typeof reasons === 'string' || Array.isArray(reasons))
        rejections.push({ rowNumber, externalId: record.external_id, reasons: [reasons].flat() });
      else checked.push({ rowNumber, externalId: record.external_id!.trim(), carer: reasons });
    }
    await this.uow.run(tenantId, async (tx) => {
      const known = await this.jobs.alreadyImported(
        tx,
        source,
        checked.map((c) => c.externalId),
      );
      const fresh = checked.filter((c) => !known.has(c.externalId));
      const same = await this.carers.findSamePeople(
        tx,
        fresh.map((c) => c.carer),
      );
      const accepted: Checked[] = [];
      for (const row of fresh) {
        const identity = sameness(row.carer);
        const earlierRow = identity.map((k) => ctx.seenInFile.get(k)).find(Boolean);
        if (same.has(row.carer.id))
          rejections.push({
            rowNumber: row.rowNumber,
            externalId: row.externalId,
            reasons: [`already on the register as ${same.get(row.carer.id)}`],
          });
        else if (earlierRow)
          rejections.push({ rowNumber: row.rowNumber, externalId: row.externalId, reasons: [`the same person as row ${earlierRow}`] });
        else {
          identity.forEach((k) => ctx.seenInFile.set(k, row.rowNumber));
          accepted.push(row);
        }
      }
      await this.write(tx, source, accepted, ctx.today, ctx.by, jobId);
      await this.jobs.recordBatch(tx, jobId, {
        bytesRead,
        rows: batch.length,
        accepted: accepted.length,
        unchanged: checked.length - fresh.length,
        rejections,
      });
    });
  }

  private async check(
    record: ImportRecord,
    tenantId: string,
    ctx: { today: string; areaBoards: Set<string>; providers: Set<string> },
  ): Promise<Carer | string[]> {
    const missing = REQUIRED_COLUMNS.filter((c) => !record[c]?.trim());
    if (missing.length) return missing.map((c) => `${c} is required`);
    const request = plainToInstance(RegisterCarerRequest, registrationFrom(record));
    const invalid = messages(await validate(request, { whitelist: true, forbidNonWhitelisted: true }));
    if (invalid.length) return invalid;
    if (request.areaBoard && !ctx.areaBoards.has(request.areaBoard))
      return [`"${request.areaBoard}" is not one of this council's area boards`];
    if (request.providerId && !ctx.providers.has(request.providerId))
      return [`"${request.providerId}" is not a member of this council's consortium`];
    try {
      return Carer.register(randomUUID(), tenantId, { ...request }, ctx.today);
    } catch (error) {
      if (error instanceof DomainError) return [error.message];
      throw error;
    }
  }

  private async write(tx: Tx, source: string, rows: Checked[], today: string, by: string, jobId: string): Promise<void> {
    if (!rows.length) return;
    await this.carers.addMany(
      tx,
      rows.map((r) => ({ carer: r.carer, externalSource: source, externalId: r.externalId })),
    );
    await this.allocations.openMany(
      tx,
      rows
        .filter((r) => r.carer.details.providerId)
        .map(({ carer }) => ({
          carerId: carer.id,
          providerId: carer.details.providerId!,
          fromOn: today,
          reason: `bulk import ${jobId}`,
          allocatedBy: by,
        })),
    );
    await this.outbox.addMany(
      tx,
      CarerRegistered,
      rows.map(({ carer }) => ({
        aggregateId: carer.id,
        aggregateVersion: carer.version,
        data: {
          carerId: carer.id,
          kind: carer.details.kind,
          ageBand: carer.ageBandOn(today),
          providerId: carer.details.providerId,
          registeredOn: carer.registeredOn,
          areaBoard: carer.details.areaBoard,
          hoursBand: carer.details.hoursBand,
          gpConsent: carer.details.gpConsent,
        },
      })),
    );
    await this.trail.record(tx, {
      actor: by,
      role: 'council-officer',
      action: 'import',
      what: `bulk import ${jobId}`,
      subjectIds: rows.map((r) => r.carer.id),
      purpose: 'register migration',
    });
  }
}

/** The keys under which two rows of one file would be one person. */
function sameness(carer: Carer): string[] {
  const d = carer.details;
  return [
    `id|${d.givenName.toLowerCase()}|${d.familyName.toLowerCase()}|${d.dateOfBirth}|${d.postcode}`,
    ...(d.nhsNumber ? [`nhs|${d.nhsNumber}`] : []),
  ];
}
