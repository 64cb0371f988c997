const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'; // no 0/O, 1/I/L, U: easy to read out over the phone

/**
 * An emergency card number: 16 characters from 30 (about 78 bits of randomness), grouped for reading
 * aloud, e.g. CERS-7KQM-2XHD-PTW9-4JRB. It carries no personal data and cannot be guessed.
 */
export function newCardNumber(randomBytes: (n: number) => Uint8Array): string {
  const chars: string[] = [];
  while (chars.length < 16) {
    for (const byte of randomBytes(32)) {
      if (byte < 240 && chars.length < 16) chars.push(ALPHABET[byte % 30]); // 240 = 8 * 30: no modulo bias
    }
  }
  return `CERS-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}-${chars.slice(12).join('')}`;
}

export const CARD_NUMBER = /^CERS-[A-HJ-NP-TV-Z2-9]{4}-[A-HJ-NP-TV-Z2-9]{4}-[A-HJ-NP-TV-Z2-9]{4}-[A-HJ-NP-TV-Z2-9]{4}$/;
