import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would read as a formula or a command: it starts with = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it and never run it (issue 21, finding 12; OWASP "CSV injection"): one
 * that starts like a formula is prefixed with a single quote. Numbers are left as they are, negative ones too.
 */
export const neutralisedCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * Every CSV document the platform's APIs answer with: a header row (even with no rows), quoting where the format
 * needs it, text cells neutralised against formulas, and nothing for a missing value.
 */
export function csvDocument<C extends string>(columns: readonly C[], rows: readonly Partial<Record<C, unknown>>[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => r[c])),
    {
      header: true,
      columns: [...columns],
      cast: { string: neutralisedCell, boolean: (b) => (b ? 'yes' : 'no') },
    },
  );
}

/** The header that makes a browser save a CSV document rather than show it. */
export const csvAttachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
