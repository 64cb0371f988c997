import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * What no log line may hold (issue 21, finding 1): a personal-data field with a value, or a value shaped like an NHS
 * number (with a valid check digit) or a UK postcode. The test suites' services copy every line they log to one file
 * (CARERS_LOG_COPY); `npm test` scans it after the suites ran.
 */
const PERSONAL_FIELDS = new Set([
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'nhsNumber',
  'postcode',
  'addressLine1',
  'addressLine2',
  'phone',
  'email',
  'careNeeds',
  'medicationNotes',
  'cardNumber',
]);
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const NHS_NUMBER = /^\d{3} ?\d{3} ?\d{4}$/;
const HARMLESS = new Set(['[redacted]', '']);

export function isNhsNumber(value: string): boolean {
  if (!NHS_NUMBER.test(value)) return false;
  const digits = value.replace(/ /g, '').split('').map(Number);
  const remainder = digits.slice(0, 9).reduce((sum, d, i) => sum + d * (10 - i), 0) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === digits[9];
}

/** The personal data one log line holds, named by where it sits (never the value itself). */
export function personalDataIn(line: string): string[] {
  const entry = parsed(line);
  return entry ? personalDataInEntry(entry) : [];
}

function parsed(line: string): Record<string, unknown> | undefined {
  try {
    const entry: unknown = JSON.parse(line);
    return entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function personalDataInEntry(entry: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const key = path.split('.').pop() ?? '';
      if (PERSONAL_FIELDS.has(key) && !HARMLESS.has(value)) found.push(`${path} (a personal-data field)`);
      else if (isNhsNumber(value.trim())) found.push(`${path} (an NHS number)`);
      else if (POSTCODE.test(value.trim()) && /\d/.test(value)) found.push(`${path} (a postcode)`);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(entry, '');
  return found;
}

export async function scanLogCopy(file: string): Promise<{ lines: number; findings: string[] }> {
  if (!existsSync(file)) return { lines: 0, findings: [] };
  const findings: string[] = [];
  let lines = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    lines++;
    const entry = parsed(line);
    if (!entry) continue;
    const { service, msg, context } = entry as Record<string, string>;
    for (const where of personalDataInEntry(entry)) {
      findings.push(`line ${lines}: ${where}, logged by ${service ?? '?'} (${context ?? ''} ${msg ?? ''})`.replace(/\s+\)/, ')'));
    }
  }
  return { lines, findings };
}
