/** The four services the board reads from. */
export const UPSTREAMS = ['registration', 'assessments', 'performance', 'escalation'] as const;
export type Upstream = (typeof UPSTREAMS)[number];

export type AuthMode = 'dev-issuer' | 'forwarded';

export interface BoardConfig {
  port: number;
  /** The council's GSS code; the board signs in for this council only. */
  council: string;
  upstreams: Record<Upstream, string>;
  /**
   * dev-issuer: the server mints its own board-member token (local runs and tests).
   * forwarded: the council's OIDC sign-in proxy in front of the board passes the signed-in member's token in X-Forwarded-Access-Token.
   */
  auth: AuthMode;
}

const GSS_CODE = /^E0[6-9]\d{6}$/;

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/** Reads the board's settings from the environment, refusing values that cannot work. */
export function boardConfigFromEnv(env: NodeJS.ProcessEnv = process.env): BoardConfig {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env['PORT']}"`);
  const council = env['BOARD_COUNCIL'] ?? 'E06000054';
  if (!GSS_CODE.test(council)) throw new Error(`BOARD_COUNCIL must be a council GSS code such as E06000054, not "${council}"`);
  // fail-closed (issue 21, finding 3): the board mints its own board-member token only when the dev issuer is asked for by name
  const devAsked = env['AUTH_MODE'] === 'dev' && env['NODE_ENV'] !== 'production';
  const auth = (env['BOARD_AUTH'] ?? (devAsked ? 'dev-issuer' : 'forwarded')) as AuthMode;
  if (auth !== 'dev-issuer' && auth !== 'forwarded') throw new Error(`BOARD_AUTH must be dev-issuer or forwarded, not "${auth}"`);
  if (auth === 'dev-issuer' && !devAsked)
    throw new Error(
      'BOARD_AUTH=dev-issuer needs AUTH_MODE=dev, and is refused in production: use BOARD_AUTH=forwarded behind the sign-in proxy',
    );
  return {
    port,
    council,
    auth,
    upstreams: {
      registration: withoutSlash(env['REGISTRATION_URL'] ?? 'http://127.0.0.1:3001'),
      assessments: withoutSlash(env['ASSESSMENTS_URL'] ?? 'http://127.0.0.1:3002'),
      performance: withoutSlash(env['PERFORMANCE_URL'] ?? 'http://127.0.0.1:3003'),
      escalation: withoutSlash(env['ESCALATION_URL'] ?? 'http://127.0.0.1:3004'),
    },
  };
}

const COUNCIL_NAMES: Record<string, string> = { E06000019: 'Herefordshire', E06000054: 'Wiltshire' };

/** The council's name for the page heading; BOARD_COUNCIL_NAME names councils not listed here. */
export function councilName(code: string, env: NodeJS.ProcessEnv = process.env): string {
  return env['BOARD_COUNCIL_NAME'] ?? COUNCIL_NAMES[code] ?? code;
}
