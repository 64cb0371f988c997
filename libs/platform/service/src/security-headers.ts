import { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Response headers for every route (issue 21, finding 12; OWASP ASVS 5.0 V3.4): helmet's defaults (HSTS, nosniff,
 * no framing, no referrer, no x-powered-by) and a content security policy that lets the services' HTML pages (the
 * s13 determination, subject access) style themselves and run nothing. The API docs page alone loads its own script.
 */
const NOTHING_RUNS = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

const DOCS_PAGE = {
  ...NOTHING_RUNS,
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  connectSrc: ["'self'"],
};

export function securityHeaders(): RequestHandler {
  const strict = helmet({ contentSecurityPolicy: { useDefaults: false, directives: NOTHING_RUNS } });
  const docs = helmet({ contentSecurityPolicy: { useDefaults: false, directives: DOCS_PAGE } });
  return (req, res, next) => (req.path === '/docs' || req.path.startsWith('/docs/') ? docs : strict)(req, res, next);
}
