import { Type } from '@nestjs/common';
import request from 'supertest';
import { ERROR_STATUS, ErrorCode } from '@carers/contracts';
import { PLATFORM_TABLES, TABLES_WITHOUT_FORCED_RLS_SQL } from '@carers/platform/persistence';
import { ServiceDefinition } from '@carers/platform/service';
import { DataSource } from 'typeorm';
import { eventually, ServiceUnderTest, startServiceUnderTest } from './service-under-test';
import { tokenFor } from './tokens';

/** Routes anyone may call: probes, metrics and API docs. Every other route must refuse a call without a token. */
export const PUBLIC_ROUTES = ['/health/live', '/health/ready', '/metrics'];

export function listRoutes(service: ServiceUnderTest): { method: string; path: string }[] {
  const router = service.app.getHttpAdapter().getInstance().router;
  return router.stack
    .filter((layer: any) => layer.route)
    .flatMap((layer: any) => Object.keys(layer.route.methods).map((method) => ({ method, path: layer.route.path as string })))
    .filter((r: { path: string }) => !r.path.startsWith('/docs'));
}

/** The checks every service must pass: probes, metrics, docs, a guard on every route, forced RLS on every tenant table. */
export function describePlatformConformance(appModule: Type<unknown>, definition: ServiceDefinition): void {
  describe(`${definition.name} meets the platform's conventions`, () => {
    let service: ServiceUnderTest;

    beforeAll(async () => {
      service = await startServiceUnderTest(appModule, definition);
    }, 90_000);
    afterAll(() => service?.stop(), 30_000);

    it('is live, ready while PostgreSQL answers, and up (not degraded) once Kafka, the relay and the consumer answer too', async () => {
      await request(service.url).get('/health/live').expect(200, { status: 'up' });
      const ready = await eventually(async () => {
        const res = await request(service.url).get('/health/ready');
        return res.status === 200 && res.body.status === 'up' ? res : undefined;
      }, 30_000);
      expect(ready.body.checks).toMatchObject({ postgres: 'up', kafka: 'up', 'outbox-relay': 'up', 'kafka-consumer': 'up' });
    });

    it('serves Prometheus metrics including the messaging instruments', async () => {
      const res = await request(service.url).get('/metrics').expect(200);
      expect(res.text).toContain('outbox_backlog');
      expect(res.text).toContain('process_resident_memory_bytes');
      expect(res.text).toContain(`service="${definition.name}"`);
      // which tokens it trusts, as the start-up log line says too (issue 21, finding 3): the dev issuer, by name, in tests
      expect(res.text).toMatch(/^auth_mode\{[^}]*mode="dev"[^}]*\} 1$/m);
    });

    it('publishes its OpenAPI document at /docs', async () => {
      const doc = await request(service.url).get('/docs/openapi.json').expect(200);
      expect(doc.body.openapi).toMatch(/^3\./);
      expect(doc.body.components.securitySchemes).toHaveProperty('bearer');
    });

    it('refuses every non-public route without a valid bearer token', async () => {
      const routes = listRoutes(service).filter((r) => !PUBLIC_ROUTES.includes(r.path));
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        const path = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
        const none = await (request(service.url) as any)[route.method](path);
        expect({ route, status: none.status }).toEqual({ route, status: 401 });
        const forged = await (request(service.url) as any)[route.method](path).set('authorization', 'Bearer not.a.token');
        expect({ route, status: forged.status }).toEqual({ route, status: 401 });
      }
    });

    it('sends security headers, a policy that runs no script, and no framework banner on every answer (issue 21, finding 12)', async () => {
      for (const path of ['/health/live', '/no-such-route']) {
        const answer = await request(service.url).get(path);
        expect(answer.headers['x-powered-by']).toBeUndefined();
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(answer.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        expect(answer.headers['content-security-policy']).toMatch(/default-src 'none'/);
        expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
        expect(answer.headers['content-security-policy']).not.toMatch(/script-src/);
      }
    });

    it("carries on a caller's correlation id only as a short plain token, never a long or rich one (issue 21, finding 12)", async () => {
      const kept = await request(service.url).get('/health/live').set('x-correlation-id', 'case-review-2026-11');
      expect(kept.headers['x-correlation-id']).toBe('case-review-2026-11');
      for (const sent of ['a'.repeat(65), 'Jane.Doe@example.org', 'x<script>', 'id with spaces']) {
        const answer = await request(service.url).get('/health/live').set('x-correlation-id', sent);
        expect(answer.headers['x-correlation-id']).not.toBe(sent);
        expect(answer.headers['x-correlation-id']).toMatch(/^[A-Za-z0-9-]{1,64}$/);
      }
    });

    it('tells a refused caller that its token was refused, never why, so a forger learns nothing to change (issue 21, finding 8)', async () => {
      const route = listRoutes(service).find((r) => r.method === 'get' && !PUBLIC_ROUTES.includes(r.path))!;
      const path = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const expired = await tokenFor({ role: 'council-officer', tenant: 'E06000054', expiresIn: '5 minutes ago' });
      const messages = [];
      for (const token of ['not.a.token', expired]) {
        const answer = await request(service.url).get(path).set('authorization', `Bearer ${token}`).expect(401);
        messages.push(answer.body.message);
      }
      expect(new Set(messages).size).toBe(1);
      expect(messages[0]).not.toMatch(/exp|claim|JWS|JWT|timestamp|Invalid/i);
    });

    it('answers every error with one body shape, { code, message, violations? }, the code giving the status (ADR 0015)', async () => {
      const post = listRoutes(service).find((r) => r.method === 'post' && !PUBLIC_ROUTES.includes(r.path));
      const answers = [
        await request(service.url).get('/no-such-route'),
        await request(service.url).get(
          listRoutes(service)
            .find((r) => !PUBLIC_ROUTES.includes(r.path))!
            .path.replace(/:[A-Za-z]+/g, 'x'),
        ),
        await request(service.url).get('/health/live%00'),
        ...(post
          ? [
              await request(service.url)
                .post(post.path.replace(/:[A-Za-z]+/g, 'x'))
                .set('content-type', 'application/json')
                .send(`{"pad":"${'x'.repeat(300_000)}"}`),
            ]
          : []),
        ...(post
          ? [
              await request(service.url)
                .post(post.path.replace(/:[A-Za-z]+/g, 'x'))
                .set('content-type', 'application/json')
                .send('{"not json'),
            ]
          : []),
      ];
      expect(answers.map((a) => a.status)).toEqual([404, 401, 400, ...(post ? [413, 400] : [])]);
      for (const answer of answers) {
        expect(Object.keys(answer.body).filter((k) => !['code', 'message', 'violations', 'existingId', 'missing'].includes(k))).toEqual([]);
        expect(ERROR_STATUS[answer.body.code as ErrorCode]).toBe(answer.status);
        expect(typeof answer.body.message).toBe('string');
      }
      expect(answers[2].body.violations).toEqual([{ field: 'path', reason: expect.stringContaining('NUL') }]);
    });

    it('forces row-level security on every table except the shared messaging tables', async () => {
      const rows: { table: string }[] = await service.app.get(DataSource).query(TABLES_WITHOUT_FORCED_RLS_SQL, [PLATFORM_TABLES]);
      expect(rows.map((r) => r.table)).toEqual([]);
    });

    it('runs as a role that is neither superuser nor able to bypass row-level security', async () => {
      const [role] = await service.app.get(DataSource).query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
      expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    });
  });
}
