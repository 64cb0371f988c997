import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { Request } from 'express';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { ImportCarersHandler } from '../application/import-carers.handler';
import { ImportProgress } from '../application/import-jobs';
import { csvRows, UnreadableFileError } from './csv-rows';

class StartImportRequest {
  @ApiProperty({ example: 'charitylog', description: 'the system the export comes from; external ids are unique within it' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'source must be a short code such as charitylog or mosaic' }) source!: string;
}

function withRates(job: ImportProgress) {
  const seconds = ((job.finishedAt ? Date.parse(job.finishedAt) : Date.now()) - Date.parse(job.startedAt)) / 1000;
  return {
    ...job,
    percent: job.status === 'completed' ? 100 : job.bytesTotal ? Math.min(99, Math.floor((job.bytesRead / job.bytesTotal) * 100)) : undefined,
    rowsPerSecond: seconds > 0 ? Math.round(job.rowsRead / seconds) : 0,
  };
}

const csvCell = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;

/** Bulk import of an existing register: start an import, send the file to it, watch its progress, download the refused rows. */
@ApiTags('bulk import')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportCarersHandler) {}

  @Post()
  async start(@Body() body: StartImportRequest, @CurrentPrincipal() who: Principal) {
    return withRates(await this.imports.start(who.tenantId, body.source, undefined, who.subject));
  }

  /** The CSV file, streamed (Content-Type: text/csv); answers when every row has been dealt with. */
  @Put(':id/file')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async upload(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @CurrentPrincipal() who: Principal) {
    if (!req.is('text/csv')) throw new UnreadableFileError('send the file with Content-Type: text/csv');
    const total = Number(req.headers['content-length']);
    if (total > 0) await this.imports.setSize(who.tenantId, id, total);
    return withRates(await this.imports.run(who.tenantId, id, who.subject, csvRows(req)));
  }

  @Get(':id')
  async progress(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return withRates(await this.imports.progress(who.tenantId, id));
  }

  @Get(':id/rejections.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async rejections(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal): Promise<string> {
    const rows = await this.imports.rejections(who.tenantId, id);
    return ['row,external_id,reasons', ...rows.map((r) => [r.rowNumber, csvCell(r.externalId), csvCell(r.reasons.join('; '))].join(','))].join('\n') + '\n';
  }
}
