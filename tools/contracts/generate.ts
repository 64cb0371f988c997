import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEventSchemas, asyncApiDocument } from './contract-documents';

export const SCHEMA_DIR = join(__dirname, '../../libs/contracts/schemas');
export const ASYNCAPI_FILE = join(__dirname, '../../libs/contracts/asyncapi.json');

export function render(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes the JSON Schema snapshot of every event and the AsyncAPI document (npm run contracts:generate). */
export function generate(): void {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const file of readdirSync(SCHEMA_DIR)) rmSync(join(SCHEMA_DIR, file));
  const schemas = allEventSchemas();
  for (const [type, schema] of Object.entries(schemas)) writeFileSync(join(SCHEMA_DIR, `${type}.schema.json`), render(schema));
  writeFileSync(ASYNCAPI_FILE, render(asyncApiDocument()));
  console.log(`wrote ${Object.keys(schemas).length} event schemas to libs/contracts/schemas and libs/contracts/asyncapi.json`);
}
