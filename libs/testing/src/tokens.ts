import { DevIssuer, DevTokenRequest } from '@carers/platform/auth';

const issuer = DevIssuer.open();

export function tokenFor(request: DevTokenRequest): Promise<string> {
  return issuer.sign(request);
}

export async function bearer(request: DevTokenRequest): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await tokenFor(request)}` };
}
