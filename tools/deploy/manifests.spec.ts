import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { ConfigMap, Namespace, Service } from 'kubernetes-models/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { SERVICES } from '../dev/services';

const root = join(__dirname, '../..');
const KINDS: Record<string, new (data: any) => { validate(): void }> = { Deployment, Job, ConfigMap, Namespace, Service, PodDisruptionBudget };
const DRAIN_SECONDS = 25;

function manifests(): any[] {
  const dir = join(root, 'k8s/base');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')
    .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => d.toJS()));
}

describe('Kubernetes manifests (k8s/base)', () => {
  const docs = manifests();
  const workloads = docs.filter((d) => d.kind === 'Deployment' || d.kind === 'Job');

  it('parse and validate against the Kubernetes schemas', () => {
    for (const doc of docs) {
      const Kind = KINDS[doc.kind];
      expect({ kind: doc.kind, known: !!Kind }).toEqual({ kind: doc.kind, known: true });
      expect(() => new Kind(doc).validate()).not.toThrow();
    }
  });

  it('are all listed in the kustomization', () => {
    const kustomization = parse(readFileSync(join(root, 'k8s/base/kustomization.yaml'), 'utf8'));
    const files = readdirSync(join(root, 'k8s/base')).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });

  it('run every container as non-root on a read-only filesystem, with requests, limits and no inlined secrets', () => {
    for (const w of workloads) {
      for (const c of w.spec.template.spec.containers) {
        const where = `${w.kind}/${w.metadata.name}/${c.name}`;
        expect({ where, nonRoot: c.securityContext?.runAsNonRoot, readOnly: c.securityContext?.readOnlyRootFilesystem }).toEqual({ where, nonRoot: true, readOnly: true });
        expect({ where, requests: !!c.resources?.requests?.cpu && !!c.resources?.requests?.memory, limits: !!c.resources?.limits?.memory }).toEqual({ where, requests: true, limits: true });
        for (const e of c.env ?? []) {
          if (/URL|PASSWORD|SECRET|ISSUER/.test(e.name)) expect({ where, env: e.name, fromSecret: !!e.valueFrom?.secretKeyRef }).toEqual({ where, env: e.name, fromSecret: true });
        }
      }
    }
  });

  it('give every Deployment three probes, a preStop pause and a grace period longer than the drain', () => {
    for (const d of docs.filter((x) => x.kind === 'Deployment')) {
      const pod = d.spec.template.spec;
      const c = pod.containers[0];
      expect({ name: d.metadata.name, probes: [!!c.startupProbe, !!c.livenessProbe, c.readinessProbe?.httpGet?.path] }).toEqual({ name: d.metadata.name, probes: [true, true, '/health/ready'] });
      expect(c.lifecycle?.preStop).toBeDefined();
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(DRAIN_SECONDS + 5);
    }
  });

  it('give every service a Deployment, a Service, a PodDisruptionBudget, a migration Job and a compose service on its port', () => {
    const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
    for (const { name, port } of SERVICES) {
      for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget']) {
        expect({ name, kind, found: docs.some((d) => d.kind === kind && d.metadata.name === name) }).toEqual({ name, kind, found: true });
      }
      expect(docs.some((d) => d.kind === 'Job' && d.metadata.name === `${name}-migrate`)).toBe(true);
      const deployment = docs.find((d) => d.kind === 'Deployment' && d.metadata.name === name);
      expect(deployment.spec.template.spec.containers[0].image).toMatch(new RegExp(`^carers/${name}:`));
      expect(compose.services[name]).toMatchObject({ image: `carers/${name}:dev`, ports: [`${port}:3000`], build: { dockerfile: 'docker/service.Dockerfile', args: { SERVICE: name } } });
      expect(compose.services[name].depends_on).toMatchObject({ postgres: { condition: 'service_healthy' }, kafka: { condition: 'service_healthy' } });
    }
  });
});

describe('the service Dockerfile', () => {
  it('is multi-stage, installs production dependencies only, runs as non-root and has a healthcheck', () => {
    const file = readFileSync(join(root, 'docker/service.Dockerfile'), 'utf8');
    expect(file.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(file).toContain('npm install --omit=dev');
    expect(file).toMatch(/^USER node$/m);
    expect(file).toMatch(/^HEALTHCHECK .*\n.*\/health\/ready/m);
    expect(file).toMatch(/^CMD .*run-built\.js \\"\$SERVICE\\"/m);
  });
});
