import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { Request } from 'express';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { csvAttachment, csvDocument } from '@carers/platform/service';
import { ImportCarersHandler } from '../application/import-carers.handler';
import { ImportProgress } from '../application/import-jobs.repository';
import { ImportProgressQuery } from '../application/import-progress.query';
import { ImportRejectionsQuery } from '../application/import-rejections.query';
import { StartImportHandler } from '../application/start-import.handler';
import { UnreadableFileError } from '../domain/import.errors';
import { csvRows } from './import-file.request';

class StartImportRequest {
  @ApiProperty({ example: 'charitylog', description: 'the system the export comes from; external ids are unique within it' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'source must be a short code such as charitylog or mosaic' })
  source!: string;
}

function withRates(job: ImportProgress) {
  const seconds = ((job.finishedAt ? Date.parse(job.finishedAt) : Date.now()) - Date.parse(job.startedAt)) / 1000;
  return {
    ...job,
    percent:
      job.status === 'completed' ? 100 : job.bytesTotal ? Math.min(99, Math.floor((job.bytesRead / job.bytesTotal) * 100)) : undefined,
    rowsPerSecond: seconds > 0 ? Math.round(job.rowsRead / seconds) : 0,
  };
}

/** Bulk import of an existing register: start an import, send the file to it, watch its progress, download the refused rows. */
@ApiTags('bulk import')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly starts: StartImportHandler,
    private readonly imports: ImportCarersHandler,
    private readonly progresses: ImportProgressQuery,
    private readonly refusals: ImportRejectionsQuery,
  ) {}

  @Post()
  async start(@Body() body: StartImportRequest, @CurrentPrincipal() who: Principal) {
    return withRates(await this.starts.execute(who.tenantId, body.source, undefined, who.subject));
  }

  /** The CSV file, streamed (Content-Type: text/csv); answers when every row has been dealt with. */
  @Put(':id/file')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async upload(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @CurrentPrincipal() who: Principal) {
    if (!req.is('text/csv')) throw new UnreadableFileError('send the file with Content-Type: text/csv');
    const total = Number(req.headers['content-length']);
    return withRates(await this.imports.execute(who.tenantId, id, who.subject, csvRows(req), total > 0 ? total : undefined));
  }

  @Get(':id')
  async progress(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return withRates(await this.progresses.execute(who.tenantId, id));
  }

  @Get(':id/rejections.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', csvAttachment('rejections.csv'))
  async rejections(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal): Promise<string> {
    // the file's own values come back: a spreadsheet shows them and never runs them (issue 21, finding 12)
    const rows = await this.refusals.execute(who.tenantId, id);
    return csvDocument(
      ['row', 'external_id', 'reasons'],
      rows.map((r) => ({ row: r.rowNumber, external_id: r.externalId, reasons: r.reasons.join('; ') })),
    );
  }
}
