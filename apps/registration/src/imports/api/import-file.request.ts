import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DomainError } from '@carers/contracts';
import { ImportedRow } from '../application/import-carers.handler';
import { IMPORT_COLUMNS, ImportRecord, REQUIRED_COLUMNS } from '../domain/import-columns';
import { UnreadableFileError } from '../domain/import.errors';

/** Streams the CSV rows of an upload, with how many bytes have been read so far; checks the header first. */
export async function* csvRows(upload: Readable): AsyncIterable<ImportedRow> {
  let bytesRead = 0;
  upload.on('data', (chunk: Buffer) => (bytesRead += chunk.length));
  const parser = upload.pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      trim: false,
      relax_column_count: true,
      max_record_size: 64 * 1024,
      columns: (header: string[]) => {
        const names = header.map((h) =>
          h
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_'),
        );
        const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
        if (missing.length)
          throw new UnreadableFileError(`the header row lacks ${missing.join(', ')}; see docs/import-format.md for the columns`);
        const unknown = names.filter((n) => !(IMPORT_COLUMNS as readonly string[]).includes(n));
        if (unknown.length)
          throw new UnreadableFileError(`unknown columns ${unknown.join(', ')}; see docs/import-format.md for the columns`);
        return names;
      },
    }),
  );
  upload.on('error', (error) => parser.destroy(error));
  try {
    for await (const record of parser) yield { record: record as ImportRecord, bytesRead };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new UnreadableFileError(`the file is not readable as CSV: ${(error as Error).message}`);
  }
}
