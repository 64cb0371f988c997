/** Which of the services' read-only endpoints the page may reach through the board, and how. */

export type ProxiedService = 'performance' | 'escalation';

const ID = '[A-Za-z0-9-]{1,60}';
const MONTH = '\\d{4}-(?:0[1-9]|1[0-2])';

/** Path patterns (after /api/<service>) the board forwards; anything else is not found. */
export const ALLOWED_PATHS: Record<ProxiedService, RegExp[]> = {
  performance: [
    /^\/kpis$/,
    new RegExp(`^/kpis/${ID}/versions$`),
    /^\/kpi-values$/,
    /^\/providers$/,
    new RegExp(`^/periods/${MONTH}$`),
    new RegExp(`^/periods/${MONTH}/pack(?:\\.csv)?$`),
  ],
  escalation: [/^\/cases$/, new RegExp(`^/cases/${ID}$`), /^\/plans$/, /^\/credits(?:\.csv)?$/, /^\/alerts$/, /^\/alerts\/live$/],
};

export type ProxyDecision = { allowed: true; path: string; stream: boolean } | { allowed: false; status: 404 | 405; message: string };

/**
 * Decides what to do with GET /api/<service><path>: only reads (GET) go through, and only to the endpoints listed;
 * the query string is kept. Encoded slashes, dots and backslashes never reach a pattern, so nothing escapes the list.
 */
export function proxyDecision(service: ProxiedService, method: string, url: string): ProxyDecision {
  if (method !== 'GET') return { allowed: false, status: 405, message: `the board only reads: ${method} is not allowed` };
  const [path, query] = splitQuery(url);
  if (/%2f|%5c|%2e|\\|\/\.{1,2}(\/|$)|\/\//i.test(path) || !ALLOWED_PATHS[service].some((p) => p.test(path))) {
    return { allowed: false, status: 404, message: `there is no ${service} endpoint ${path} on the board` };
  }
  return {
    allowed: true,
    path: query === undefined ? path : `${path}?${query}`,
    stream: service === 'escalation' && path === '/alerts/live',
  };
}

function splitQuery(url: string): [string, string | undefined] {
  const at = url.indexOf('?');
  return at < 0 ? [url, undefined] : [url.slice(0, at), url.slice(at + 1)];
}
