const DISCOVERY_TIMEOUT_MS = 5_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or plain http to this machine's own loopback for a local OpenID provider outside production. */
export function assertSecureIssuerUrl(url: string, what: string, env: NodeJS.ProcessEnv = process.env): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${what} (${url}) is not a URL`);
  }
  const localHttp = parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname) && env['NODE_ENV'] !== 'production';
  if (parsed.protocol !== 'https:' && !localHttp) throw new Error(`${what} must be an https URL, not ${parsed.protocol}//${parsed.host}`);
  return parsed;
}

/**
 * The issuer's key set address from its discovery document (OpenID Connect Discovery 1.0 s4), checked as s4.3 asks:
 * the document names exactly the issuer asked for, and its keys are served over https. Bounded by a timeout and never
 * redirected, so a slow or hijacked issuer cannot hold or steer a request.
 */
export async function discoverJwksUri(issuer: string, fetchImpl: typeof fetch = fetch): Promise<URL> {
  const base = assertSecureIssuerUrl(issuer, 'OIDC_ISSUER');
  const address = new URL('.well-known/openid-configuration', base.href.endsWith('/') ? base : `${base.href}/`);
  const response = await fetchImpl(address, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS), redirect: 'error' });
  if (!response.ok) throw new Error(`OIDC discovery at ${issuer} answered ${response.status}`);
  const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (document.issuer !== issuer) throw new Error(`OIDC discovery at ${issuer} names another issuer (${String(document.issuer)})`);
  if (typeof document.jwks_uri !== 'string') throw new Error(`OIDC discovery at ${issuer} gives no jwks_uri`);
  return assertSecureIssuerUrl(document.jwks_uri, "the issuer's jwks_uri");
}
