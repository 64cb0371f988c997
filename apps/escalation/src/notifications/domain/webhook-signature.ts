import { createHmac, timingSafeEqual } from 'node:crypto';

/** `X-Carers-Signature: sha256=<hex>` over `<timestamp>.<body>`, as receivers verify it (see docs/board-alerts.md). */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifySignature(secret: string, timestamp: string, body: string, given: string): boolean {
  const expected = Buffer.from(signature(secret, timestamp, body));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
