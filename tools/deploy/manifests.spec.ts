import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { baseFiles, baseManifests, kustomization, Manifest, root, WORKLOADS } from './deploy-files';
import { CUSTOM_KINDS, manifestErrors } from './validators';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

function render(dir: string): Manifest[] {
  const out = spawnSync('kubectl', ['kustomize', join(root, dir)], { encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`kubectl kustomize ${dir}: ${out.stderr}`);
  return parseAllDocuments(out.stdout).map((d) => d.toJS());
}

describe('Kubernetes manifests (k8s/base)', () => {
  const docs = baseManifests();

  it('parse and validate: built-in kinds against the Kubernetes schemas, custom resources against crd-schemas/', () => {
    expect(docs.length).toBeGreaterThan(40);
    for (const doc of docs)
      expect({ doc: `${doc.file}: ${doc.kind}/${doc.metadata?.name}`, errors: manifestErrors(doc) }).toEqual({
        doc: `${doc.file}: ${doc.kind}/${doc.metadata?.name}`,
        errors: [],
      });
  });

  it('use every custom resource kind the CRD schemas cover (so no schema is dead)', () => {
    const used = new Set(docs.map((d) => `${d.apiVersion}/${d.kind}`));
    expect(CUSTOM_KINDS.filter((k) => !used.has(k))).toEqual([]);
  });

  it('are all in the carers namespace and all listed in the kustomization', () => {
    expect(
      docs.filter((d) => d.kind !== 'Namespace' && d.metadata.namespace !== 'carers').map((d) => `${d.kind}/${d.metadata.name}`),
    ).toEqual([]);
    expect([...kustomization('k8s/base').resources].sort()).toEqual(baseFiles().sort());
  });

  it('have unique kind/name pairs', () => {
    const keys = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('give every service and the board a Deployment, a Service, a PodDisruptionBudget and a NetworkPolicy, and every service a migration Job', () => {
    for (const { name } of WORKLOADS) {
      for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'NetworkPolicy']) {
        expect({ name, kind, found: docs.some((d) => d.kind === kind && d.metadata.name === name) }).toEqual({ name, kind, found: true });
      }
      const deployment = docs.find((d) => d.kind === 'Deployment' && d.metadata.name === name)!;
      expect(deployment.spec.template.spec.containers[0].image).toMatch(new RegExp(`^carers/${name}:`));
      expect(deployment.spec.template.spec.containers[0].ports).toEqual([{ name: 'http', containerPort: 3000 }]);
      if (name !== 'board') expect(docs.some((d) => d.kind === 'Job' && d.metadata.name === `${name}-migrate`)).toBe(true);
    }
    expect(
      docs
        .filter((d) => d.kind === 'Deployment')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual(WORKLOADS.map((w) => w.name).sort());
  });
});

describe('Kubernetes overlays (k8s/overlays)', () => {
  for (const overlay of ['dev', 'prod']) {
    it(`${overlay} builds on the base`, () => {
      expect(kustomization(`k8s/overlays/${overlay}`).resources).toEqual(['../../base']);
    });

    (kubectl ? it : it.skip)(`${overlay} renders with kustomize into manifests that still validate`, () => {
      const docs = render(`k8s/overlays/${overlay}`);
      expect(docs.length).toBe(baseManifests().length);
      for (const doc of docs)
        expect({ doc: `${doc.kind}/${doc.metadata.name}`, errors: manifestErrors(doc) }).toEqual({
          doc: `${doc.kind}/${doc.metadata.name}`,
          errors: [],
        });
      const scaled = docs.filter((d) => d.kind === 'ScaledObject');
      for (const s of scaled) expect(s.spec.minReplicaCount).toBeLessThanOrEqual(s.spec.maxReplicaCount);
      for (const h of docs.filter((d) => d.kind === 'HorizontalPodAutoscaler'))
        expect(h.spec.minReplicas).toBeLessThanOrEqual(h.spec.maxReplicas);
    });
  }

  (kubectl ? it : it.skip)('prod pins a release tag on every image', () => {
    const images = render('k8s/overlays/prod')
      .filter((d) => d.kind === 'Deployment' || d.kind === 'Job')
      .flatMap((d) => d.spec.template.spec.containers.map((c: any) => c.image as string));
    expect(images.filter((i) => !/:\d+\.\d+\.\d+$/.test(i))).toEqual([]);
  });
});

describe('the Dockerfiles', () => {
  const read = (f: string) => readFileSync(join(root, f), 'utf8');

  it.each(['docker/service.Dockerfile', 'docker/board.Dockerfile'])(
    '%s is multi-stage, installs production dependencies only, runs as non-root and has a healthcheck',
    (f) => {
      const file = read(f);
      expect(file.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
      expect(file).toContain('npm install --omit=dev');
      expect(file).toMatch(/^USER node$/m);
      expect(file).toMatch(/^HEALTHCHECK .*\n.*\/health\/ready/m);
    },
  );

  it('run each service through tools/dev/run-built.js, the board included, with its static files', () => {
    expect(read('docker/service.Dockerfile')).toMatch(/^CMD .*run-built\.js \\"\$SERVICE\\"/m);
    const board = read('docker/board.Dockerfile');
    expect(board).toMatch(/^RUN npx tsc -p apps\/board\/tsconfig\.app\.json$/m);
    expect(board).toMatch(/^COPY apps\/board\/public apps\/board\/public$/m);
    expect(board).toMatch(/^CMD \["node", "tools\/dev\/run-built\.js", "board"\]$/m);
  });

  it('the simulator image runs as non-root and keeps the dev dependencies it needs for swc', () => {
    const file = read('docker/simulator.Dockerfile');
    expect(file).toMatch(/^USER node$/m);
    expect(file).not.toContain('--omit=dev');
    expect(file).toContain('tools/demo/simulate.ts');
  });
});
