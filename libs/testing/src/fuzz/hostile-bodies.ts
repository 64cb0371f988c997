import fc from 'fast-check';
import { randomUUID } from 'node:crypto';

/**
 * Field values an outside caller might send to break a write: NULs, lone surrogates, control and direction
 * characters, strings far past any field's length, nulls where values are required, ids of things that do not
 * exist, objects keyed `__proto__` or `constructor`, and nesting past the request's depth limit. Built when
 * asked (a binary string arbitrary takes most of a second to build), not when the module loads.
 */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udfffy',
      '\u202eevil',
      '\u0007\u001b[2J',
      '\r\n\t',
      ' ',
      '%00',
      '../../etc/passwd',
      "'; DROP TABLE carer; --",
    ),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constant(null),
    fc.constant(undefined).map(() => randomUUID()),
    fc.integer({ min: 300, max: 5000 }).map((n) => 'x'.repeat(n)),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, -0, 0.1),
    fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')),
    fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')),
    fc.integer({ min: 9, max: 3000 }).map((depth) => new DeepNesting(depth)),
  );

/** A value written into the body as raw JSON text, nested `depth` deep: JSON.stringify would overflow on the deep ones. */
export class DeepNesting {
  constructor(readonly depth: number) {}
  toJSON() {
    return `__DEEP_${this.depth}__`;
  }
}

/** The body as the text a caller sends, with every DeepNesting written out in place. */
export function bodyText(body: unknown): string {
  return (JSON.stringify(body ?? null) ?? 'null').replace(
    /"__DEEP_(\d+)__"/g,
    (_m, d: string) => '{"a":'.repeat(Number(d)) + '1' + '}'.repeat(Number(d)),
  );
}

/** A whole body an outside caller might send: hostile, oversized, or not JSON at all. */
export const hostileBody = (): fc.Arbitrary<string> =>
  fc.oneof(
    hostileValue().map(bodyText),
    fc.constant(`{"note":"${'y'.repeat(300 * 1024)}"}`),
    fc.constantFrom('{"a":', '[1,2', 'not json', '', '{"a":1}{"b":2}', '\u0000'),
  );

/** A body sent exactly as this text. */
export class RawBody {
  constructor(readonly text: string) {}
}
