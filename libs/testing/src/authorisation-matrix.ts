import { Type } from '@nestjs/common';
import request from 'supertest';
import { ServiceDefinition } from '@carers/platform/service';
import { listRoutes, PUBLIC_ROUTES } from './platform-conformance';
import { ServiceUnderTest, startServiceUnderTest } from './service-under-test';
import { DevTokenRequest } from '@carers/platform/auth';
import { bearer } from './tokens';

export interface MatrixRoute<A extends string> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** With `{placeholders}` filled from the fixtures, or made fresh for each cell (names starting with `fresh`). */
  path: string;
  /** Body to send (a string is sent as text/csv); `{unique}` makes each call new, other `{placeholders}` are filled as in the path. */
  body?: Record<string, unknown> | string;
  /** A Server-Sent Events stream: the answer's status is read, then the stream is closed. */
  stream?: boolean;
  expect: Record<A, number>;
}

export interface MatrixSpec<A extends string> {
  appModule: Type<unknown>;
  definition: ServiceDefinition;
  actors: Record<A, DevTokenRequest | undefined>;
  routes: MatrixRoute<A>[];
  /** Records every cell may read (ids for `{placeholders}`), made once. */
  fixtures: (service: ServiceUnderTest) => Promise<Record<string, string>>;
  /** Records a cell changes, made for that cell: gets the placeholder names the path uses. */
  fresh: (service: ServiceUnderTest, names: string[]) => Promise<Record<string, string>>;
  env?: NodeJS.ProcessEnv;
}

/**
 * Tokens no route may act on, whatever it is (issue 21, finding 2): a provider id that is blank or no provider's
 * id is refused with 401, never read as "no provider" and so as council-wide; so is a provider the council's
 * registry does not hold a live contract with.
 */
export const REFUSED_IDENTITIES: Record<string, DevTokenRequest> = {
  'a provider worker with a blank provider id': { role: 'provider-worker', tenant: 'E06000054', providerId: '' },
  'a provider worker with a malformed provider id': { role: 'provider-worker', tenant: 'E06000054', providerId: '../*' },
  'a council officer with a blank provider id': { role: 'council-officer', tenant: 'E06000054', providerId: '' },
  'a provider worker of a provider the council has no contract with': {
    role: 'provider-worker',
    tenant: 'E06000054',
    providerId: 'atlantis-carers',
  },
  "a provider worker claiming another council's provider": { role: 'provider-worker', tenant: 'E06000054', providerId: 'hfd-carers-hub' },
};

/** Who tries the platform's own admin API, which every service serves (issue 21, finding 10). */
export const ADMIN_ACTORS: Record<string, DevTokenRequest | undefined> = {
  "the council's platform admin": { role: 'platform-admin', tenant: 'E06000054' },
  'the platform operator': { role: 'platform-operator', tenant: 'E06000019' },
  'a council officer': { role: 'council-officer', tenant: 'E06000054' },
  'a provider worker': { role: 'provider-worker', tenant: 'E06000054', providerId: 'downs-carers-trust' },
  'a board member': { role: 'board-member', tenant: 'E06000054' },
  'an emergency responder': { role: 'emergency-responder', tenant: 'E06000054' },
  'no token': undefined,
};

const ADMINS_ONLY = (status: number) => ({
  "the council's platform admin": status,
  'the platform operator': status,
  'a council officer': 403,
  'a provider worker': 403,
  'a board member': 403,
  'an emergency responder': 403,
  'no token': 401,
});

/** The parked-message routes every service has: admins only (a council's admin sees its own council's, ADR 0014). */
export const PLATFORM_ADMIN_ROUTES: { method: 'get' | 'post'; path: string; body?: object; expect: Record<string, number> }[] = [
  { method: 'get', path: '/admin/dead-letters', expect: ADMINS_ONLY(200) },
  { method: 'post', path: '/admin/dead-letters/replay', body: {}, expect: ADMINS_ONLY(200) },
  { method: 'post', path: '/admin/dead-letters/{unknownDeadLetter}/replay', body: {}, expect: ADMINS_ONLY(404) },
  { method: 'post', path: '/admin/dead-letters/{unknownDeadLetter}/discard', body: { reason: 'matrix' }, expect: ADMINS_ONLY(404) },
];

/**
 * Proves every cell of a service's authorisation matrix (route x caller), that every route refuses the
 * `REFUSED_IDENTITIES`, and that the matrix lists every route the service has but its probes: its own admin routes in
 * its matrix, the parked-message routes every service has in `PLATFORM_ADMIN_ROUTES`.
 */
export function describeAuthorisationMatrix<A extends string>(spec: MatrixSpec<A>): void {
  describe(`${spec.definition.name} authorisation matrix`, () => {
    let service: ServiceUnderTest;
    let fixture: Record<string, string> = {};
    let unique = 0;

    beforeAll(async () => {
      service = await startServiceUnderTest(spec.appModule, spec.definition, spec.env);
      fixture = await spec.fixtures(service);
    }, 90_000);
    afterAll(() => service?.stop(), 30_000);

    it('covers every route the service has but its probes, its admin routes among them (issue 21, finding 10)', () => {
      const normalise = (p: string) => p.replace(/:\w+|\{\w+\}/g, ':param');
      const routes = listRoutes(service).filter((r) => !PUBLIC_ROUTES.includes(r.path) && !r.path.startsWith('/admin/dead-letters'));
      expect(routes.map((r) => normalise(`${r.method} ${r.path}`)).sort()).toEqual(
        spec.routes.map((m) => normalise(`${m.method} ${m.path}`)).sort(),
      );
      const dead = listRoutes(service).filter((r) => r.path.startsWith('/admin/dead-letters'));
      expect(dead.map((r) => normalise(`${r.method} ${r.path}`)).sort()).toEqual(
        PLATFORM_ADMIN_ROUTES.map((m) => normalise(`${m.method} ${m.path}`)).sort(),
      );
    });

    const cells = spec.routes.flatMap((route) =>
      (Object.keys(spec.actors) as A[]).map(
        (actor) => [`${route.method.toUpperCase()} ${route.path}`, actor, route.expect[actor], route] as const,
      ),
    );

    const refused = spec.routes.flatMap((route) =>
      Object.keys(REFUSED_IDENTITIES).map((who) => [`${route.method.toUpperCase()} ${route.path}`, who, route] as const),
    );

    it.each(refused)('%s as %s answers 401 (issue 21, finding 2)', async (_, who, route) => {
      const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => fixture[name] ?? '00000000-0000-4000-8000-000000000000');
      if (route.stream) {
        expect({ who, status: await streamStatus(`${service.url}${path}`, REFUSED_IDENTITIES[who]) }).toEqual({ who, status: 401 });
        return;
      }
      const call = (request(service.url) as any)[route.method](path).set(await bearer(REFUSED_IDENTITIES[who]));
      const res = await (route.body ? call.send(typeof route.body === 'string' ? route.body : {}) : call);
      expect({ who, status: res.status }).toEqual({ who, status: 401 });
    });

    const adminCells = PLATFORM_ADMIN_ROUTES.flatMap((route) =>
      Object.keys(ADMIN_ACTORS).map((who) => [`${route.method.toUpperCase()} ${route.path}`, who, route.expect[who], route] as const),
    );

    it.each(adminCells)('%s as %s answers %d (issue 21, finding 10)', async (_, who, status, route) => {
      const identity = ADMIN_ACTORS[who];
      let call = (request(service.url) as any)[route.method](route.path.replace('{unknownDeadLetter}', '999999999'));
      if (identity) call = call.set(await bearer(identity));
      const res = await (route.body ? call.send(route.body) : call);
      expect({ who, status: res.status }).toEqual({ who, status });
    });

    it.each(cells)('%s as %s answers %d', async (_, actor, status, route) => {
      const names = [...route.path.matchAll(/\{(fresh\w+)\}/g)].map((m) => m[1]);
      const values: Record<string, string> = { ...fixture, ...(names.length ? await spec.fresh(service, names) : {}) };
      const resolved = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name]);
      const fill = (text: string) =>
        text.replace(/\{(\w+)\}/g, (_m, name: string) =>
          name === 'unique' ? `u${Date.now().toString(36)}${++unique}` : (values[name] ?? `{${name}}`),
        );
      const body = route.body && JSON.parse(fill(JSON.stringify(route.body)));
      const identity = spec.actors[actor];
      if (route.stream) {
        expect({ actor, status: await streamStatus(`${service.url}${resolved}`, identity) }).toEqual({ actor, status });
        return;
      }
      let call = (request(service.url) as any)[route.method](resolved);
      if (identity) call = call.set(await bearer(identity));
      if (typeof body === 'string') call = call.set('content-type', 'text/csv');
      const res = await (body ? call.send(body) : call);
      expect({ actor, status: res.status }).toEqual({ actor, status });
    });
  });
}

async function streamStatus(url: string, identity: DevTokenRequest | undefined): Promise<number> {
  const closing = new AbortController();
  const res = await fetch(url, { headers: identity ? await bearer(identity) : {}, signal: closing.signal });
  closing.abort();
  return res.status;
}

/** Expected answers where every caller is refused (403, or 401 without a token) except those named. */
export function onlyAllowed<A extends string>(actors: Record<A, unknown>, allowed: Partial<Record<A, number>>): Record<A, number> {
  return Object.fromEntries((Object.keys(actors) as A[]).map((actor) => [actor, allowed[actor] ?? (actors[actor] ? 403 : 401)])) as Record<
    A,
    number
  >;
}
