import { EVENT_LIMITS } from '@carers/contracts';

type WellFormed = string & { isWellFormed(): boolean; toWellFormed(): string };

export type BoundsRejection = { reason: 'too-large' | 'too-deep' | 'schema-invalid'; detail: string };

/** The message's size against the envelope limit, before anything parses it. */
export function sizeViolation(raw: string, limit: number = EVENT_LIMITS.maxBytes): BoundsRejection | undefined {
  // a UTF-8 character takes at most 3 bytes per UTF-16 unit: only long strings need counting
  if (raw.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(raw, 'utf8');
  return bytes > limit ? { reason: 'too-large', detail: `the message is ${bytes} bytes; an event may be at most ${limit} bytes` } : undefined;
}

/**
 * Walks a parsed value without recursion: refuses nesting deeper than the limit (before any recursive code,
 * such as a validator or a transformer, sees it) and NUL characters, which PostgreSQL cannot store in text.
 */
export function shapeViolation(value: unknown, maxDepth: number = EVENT_LIMITS.maxDepth): BoundsRejection | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (stack.length) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return { reason: 'schema-invalid', detail: 'a string holds a NUL character (\\u0000), which no field allows' };
      if (!(v as WellFormed).isWellFormed()) return { reason: 'schema-invalid', detail: 'a string is not well-formed Unicode (it holds a lone surrogate)' };
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth > maxDepth) return { reason: 'too-deep', detail: `objects and arrays are nested more than ${maxDepth} deep; no event is deeper than ${maxDepth}` };
    for (const [key, child] of Object.entries(v)) {
      if (key.includes('\u0000')) return { reason: 'schema-invalid', detail: 'a field name holds a NUL character (\\u0000)' };
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Text from a message made safe to keep in PostgreSQL and to copy into a rejection: no NUL, no lone
 * surrogate, at most `max` characters (a longer text keeps its start, ending in an ellipsis).
 */
export function storable(text: string, max: number): string;
export function storable(text: string | null | undefined, max: number): string | null;
export function storable(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return (cut as WellFormed).toWellFormed().replaceAll('\u0000', '\uFFFD');
}
