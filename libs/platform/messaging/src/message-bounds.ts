import { EVENT_LIMITS } from '@carers/contracts';

type WellFormed = string & { isWellFormed(): boolean; toWellFormed(): string };

export type BoundsRejection = { reason: 'too-large' | 'too-deep' | 'schema-invalid'; detail: string };

/** The message's size against the envelope limit, before anything parses it. */
export function sizeViolation(raw: string, limit: number = EVENT_LIMITS.maxBytes): BoundsRejection | undefined {
  // a UTF-8 character takes at most 3 bytes per UTF-16 unit: only long strings need counting
  if (raw.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(raw, 'utf8');
  return bytes > limit
    ? { reason: 'too-large', detail: `the message is ${bytes} bytes; an event may be at most ${limit} bytes` }
    : undefined;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks a parsed value without recursion: refuses nesting deeper than the limit (before any recursive code,
 * such as a validator or a transformer, sees it), NUL characters and lone surrogates (PostgreSQL cannot store
 * them) and, when asked, the keys that reach an object's prototype. `at` names the field, as `data.x.a`.
 */
export function shapeViolation(
  value: unknown,
  options: { maxDepth?: number; prototypeKeys?: 'refuse' | 'allow'; root?: string } = {},
): (BoundsRejection & { at: string }) | undefined {
  const maxDepth = options.maxDepth ?? EVENT_LIMITS.maxDepth;
  const stack: { value: unknown; depth: number; at: string }[] = [{ value, depth: 1, at: options.root ?? '' }];
  const join = (at: string, key: string) => (at ? `${at}.${key}` : key);
  while (stack.length) {
    const { value: v, depth, at } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000'))
        return { reason: 'schema-invalid', at, detail: `${at || 'value'}: holds a NUL character (\\u0000), which no field allows` };
      if (!(v as WellFormed).isWellFormed())
        return { reason: 'schema-invalid', at, detail: `${at || 'value'}: is not well-formed Unicode (it holds a lone surrogate)` };
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth > maxDepth)
      return {
        reason: 'too-deep',
        at,
        detail: `${at || 'value'}: objects and arrays are nested more than ${maxDepth} deep; nothing accepted is deeper than ${maxDepth}`,
      };
    for (const [key, child] of Object.entries(v)) {
      if (key.includes('\u0000'))
        return { reason: 'schema-invalid', at, detail: `${at || 'value'}: a field name holds a NUL character (\\u0000)` };
      if (options.prototypeKeys === 'refuse' && PROTOTYPE_KEYS.has(key))
        return { reason: 'schema-invalid', at: join(at, key), detail: `${join(at, key)}: the field name ${key} is not allowed` };
      stack.push({ value: child, depth: depth + 1, at: join(at, key) });
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
