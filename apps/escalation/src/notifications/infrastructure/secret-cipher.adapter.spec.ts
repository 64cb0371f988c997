import { randomBytes } from 'node:crypto';
import { secretContext, SecretCipher } from './secret-cipher.adapter';

describe('webhook secrets at rest (issue 21, finding 12)', () => {
  const cipher = new SecretCipher(randomBytes(32));
  const context = secretContext('E06000054', '6b0f7c4e-2a51-4d7e-9a0c-0e3f1d2b9c11');
  const secret = randomBytes(32).toString('base64url');

  it('opens what it sealed, and never stores the plaintext', () => {
    const sealed = cipher.seal(secret, context);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(secret);
    expect(cipher.open(sealed, context)).toBe(secret);
  });

  it('seals the same secret differently each time (a fresh nonce)', () => {
    expect(cipher.seal(secret, context)).not.toBe(cipher.seal(secret, context));
  });

  it('refuses a sealed secret that was altered anywhere', () => {
    const sealed = cipher.seal(secret, context);
    const [format, iv, ciphertext, tag] = sealed.split('.');
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] ^= 1;
      return bytes.toString('base64url');
    };
    for (const altered of [
      [format, flip(iv), ciphertext, tag],
      [format, iv, flip(ciphertext), tag],
      [format, iv, ciphertext, flip(tag)],
    ])
      expect(() => cipher.open(altered.join('.'), context)).toThrow(/does not open/);
    expect(() => cipher.open([format, iv, ciphertext, tag.slice(0, 10)].join('.'), context)).toThrow(/format/);
    expect(() => cipher.open(['v0', iv, ciphertext, tag].join('.'), context)).toThrow(/format/);
    expect(() => cipher.open(secret, context)).toThrow(/format/);
  });

  it("refuses a sealed secret moved onto another channel's row, or opened with another key", () => {
    const sealed = cipher.seal(secret, context);
    expect(() => cipher.open(sealed, secretContext('E06000054', '00000000-0000-4000-8000-000000000000'))).toThrow(/does not open/);
    expect(() => cipher.open(sealed, secretContext('E06000019', '6b0f7c4e-2a51-4d7e-9a0c-0e3f1d2b9c11'))).toThrow(/does not open/);
    expect(() => new SecretCipher(randomBytes(32)).open(sealed, context)).toThrow(/does not open/);
  });

  it('takes only a 32-byte key', () => {
    expect(() => new SecretCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
