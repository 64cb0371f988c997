// docker-compose.yml against the Compose Specification and against the Kubernetes manifests and contracts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseManifests, compose, root, SERVICES, WORKLOADS } from './deploy-files';
import { composeValidator } from './validators';

const file = compose();
const services: Record<string, any> = file.services;
const docs = baseManifests();
const healthy = (deps: any) =>
  Object.entries(deps ?? {})
    .filter(([, d]: any) => d.condition === 'service_healthy')
    .map(([n]) => n)
    .sort();

describe('docker-compose.yml', () => {
  it('validates against the Compose Specification schema (tools/deploy/compose-spec.json)', () => {
    const validate = composeValidator();
    const ok = validate(file);
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it('the schema rejects a misspelt key and a made-up depends_on condition (it is not vacuous)', () => {
    const validate = composeValidator();
    expect(validate({ services: { a: { image: 'x', helthcheck: {} } } })).toBe(false);
    expect(validate({ services: { a: { image: 'x', depends_on: { b: { condition: 'service_ready' } } } } })).toBe(false);
  });

  it('runs Kafka from the official apache/kafka image in KRaft mode, without topic auto-creation', () => {
    expect(services.kafka.image).toMatch(/^apache\/kafka:\d/);
    expect(services.kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(services.kafka.environment.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
  });

  it('creates every registry topic in a one-shot job: tools/dev/create-topics.ts, which passes the whole TOPIC_REGISTRY', () => {
    expect(services.topics.command).toEqual(['node', 'tools/dev/run-ts.js', 'tools/dev/create-topics.ts']);
    expect(services.topics.restart).toBe('no');
    expect(services.topics.depends_on).toEqual({ kafka: { condition: 'service_healthy' } });
    const script = readFileSync(join(root, 'tools/dev/create-topics.ts'), 'utf8');
    expect(script).toMatch(/import \{ TOPIC_REGISTRY \} from '@carers\/contracts'/);
    expect(script).toMatch(/ensureTopics\([^;]*, TOPIC_REGISTRY\)/);
  });

  it("creates every service's database and application role in PostgreSQL", () => {
    const sql = readFileSync(join(root, 'docker/postgres-init.sql'), 'utf8');
    expect(services.postgres.volumes).toContain('./docker/postgres-init.sql:/docker-entrypoint-initdb.d/10-carers.sql:ro');
    for (const { name } of SERVICES) {
      expect(sql).toContain(`CREATE DATABASE carers_${name};`);
      expect(sql).toMatch(new RegExp(`CREATE ROLE ${name}_app LOGIN .*NOSUPERUSER NOBYPASSRLS`));
    }
  });

  it('gives every long-running service a healthcheck that tests real readiness', () => {
    const longRunning = Object.entries(services).filter(([, s]) => s.restart !== 'no');
    for (const [name, s] of longRunning) {
      expect({ name, healthcheck: !!s.healthcheck?.test }).toEqual({ name, healthcheck: true });
      const test = [s.healthcheck.test].flat().join(' ');
      expect({ name, real: /\/health\/ready|kafka-topics\.sh .*--list|psql .*select 1/.test(test) }).toEqual({ name, real: true });
    }
  });

  it('waits only on conditions that can be met: service_healthy on services with a healthcheck, service_completed_successfully on one-shot jobs', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [dep, { condition }] of Object.entries<any>(s.depends_on ?? {})) {
        expect({ name, dep, exists: !!services[dep] }).toEqual({ name, dep, exists: true });
        if (condition === 'service_healthy')
          expect({ name, dep, healthcheck: !!services[dep].healthcheck }).toEqual({ name, dep, healthcheck: true });
        if (condition === 'service_completed_successfully')
          expect({ name, dep, oneShot: services[dep].restart }).toEqual({ name, dep, oneShot: 'no' });
        expect(['service_healthy', 'service_completed_successfully']).toContain(condition);
      }
    }
  });

  it('starts every service after PostgreSQL, Kafka and the topics, and the board after the four services', () => {
    for (const { name } of SERVICES) {
      expect(services[name].depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        kafka: { condition: 'service_healthy' },
        topics: { condition: 'service_completed_successfully' },
      });
    }
    expect(healthy(services.board.depends_on)).toEqual(SERVICES.map((s) => s.name).sort());
  });

  it('has a service for every workload, built from its Dockerfile, on its port, with the image name Kubernetes runs', () => {
    for (const { name, port, dockerfile } of WORKLOADS) {
      const s = services[name];
      expect({ name, image: s?.image, ports: s?.ports, dockerfile: s?.build?.dockerfile }).toEqual({
        name,
        image: `carers/${name}:dev`,
        ports: [`${port}:3000`],
        dockerfile,
      });
      if (dockerfile === 'docker/service.Dockerfile') expect(s.build.args).toEqual({ SERVICE: name });
      const deployment = docs.find((d) => d.kind === 'Deployment' && d.metadata.name === name)!;
      const c = deployment.spec.template.spec.containers[0];
      expect(c.image.split(':')[0]).toBe(s.image.split(':')[0]);
      // the same container port both ways: compose maps host port -> 3000, Kubernetes' Service 80 -> 3000
      expect(c.ports[0].containerPort).toBe(Number(s.ports[0].split(':')[1]));
      expect(Number(s.environment.PORT)).toBe(c.ports[0].containerPort);
    }
  });

  it('points the board at the four services, as the Kubernetes ConfigMap does', () => {
    const k8s = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === 'board')!.data;
    for (const { name } of SERVICES) {
      const key = `${name.toUpperCase()}_URL`;
      expect(services.board.environment[key]).toBe(`http://${name}:3000`);
      expect(k8s[key]).toBe(`http://${name}.carers.svc`);
    }
  });

  it('runs the simulator only in the demo profile, against Kafka, after the topics and the services', () => {
    const sim = services.simulator;
    expect(sim.profiles).toEqual(['demo']);
    expect(sim.command).toEqual(['node', 'tools/dev/run-ts.js', 'tools/demo/simulate.ts', '--carers', '2000', '--speed', '50']);
    expect(sim.environment.KAFKA_BROKERS).toBe('kafka:9092');
    expect(sim.depends_on.topics).toEqual({ condition: 'service_completed_successfully' });
    expect(healthy(sim.depends_on)).toEqual(SERVICES.map((s) => s.name).sort());
    for (const [name, s] of Object.entries(services))
      if (name !== 'simulator') expect({ name, profiles: s.profiles }).toEqual({ name, profiles: undefined });
  });
});
