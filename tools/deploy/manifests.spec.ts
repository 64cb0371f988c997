import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { baseFiles, baseManifests, kustomization, Manifest, root, SERVICES, WORKLOADS } from './deploy-files';
import { CUSTOM_KINDS, manifestErrors } from './validators';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

function render(dir: string): Manifest[] {
  const out = spawnSync('kubectl', ['kustomize', join(root, dir)], { encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`kubectl kustomize ${dir}: ${out.stderr}`);
  return parseAllDocuments(out.stdout).map((d) => d.toJS());
}

// Database credentials and TLS (issue 21, finding 6). The owner of a service's tables can switch row-level security
// off, so only the migration Job may hold it; every connection verifies the server against CloudNativePG's CA.
const POSTGRES_CA = { secret: 'carers-postgres-ca', mountPath: '/etc/postgres-ca' };
const VERIFIED_TLS = `sslmode=verify-full&sslrootcert=${POSTGRES_CA.mountPath}/ca.crt`;
/** The Secret keys tools/deploy/create-secrets.sh writes, so the TLS settings of their URLs are known. */
const URL_KEYS = ['app-url', 'owner-url'];

type Pod = { spec: any; where: string };
const pods = (docs: Manifest[], kinds: string[]): Pod[] =>
  docs.filter((d) => kinds.includes(d.kind)).map((d) => ({ spec: d.spec.template.spec, where: `${d.kind}/${d.metadata.name}` }));
const containersOf = (pod: Pod): any[] => [...(pod.spec.initContainers ?? []), ...pod.spec.containers];

/** Every Secret a pod reads: one key (env) or all of its keys (envFrom, a volume without items). */
function secretsReadBy(pod: Pod): { secret: string; key?: string; via: string }[] {
  const fromContainers = containersOf(pod).flatMap((c) => [
    ...(c.env ?? [])
      .filter((e: any) => e.valueFrom?.secretKeyRef)
      .map((e: any) => ({ secret: e.valueFrom.secretKeyRef.name, key: e.valueFrom.secretKeyRef.key, via: `${c.name} env ${e.name}` })),
    ...(c.envFrom ?? []).filter((e: any) => e.secretRef).map((e: any) => ({ secret: e.secretRef.name, via: `${c.name} envFrom` })),
  ]);
  const fromVolumes = (pod.spec.volumes ?? []).flatMap((v: any) =>
    [v.secret && { name: v.secret.secretName, items: v.secret.items }, ...(v.projected?.sources ?? []).map((s: any) => s.secret)]
      .filter(Boolean)
      .flatMap((s: any) =>
        s.items
          ? s.items.map((i: any) => ({ secret: s.name, key: i.key, via: `volume ${v.name}` }))
          : [{ secret: s.name, via: `volume ${v.name}` }],
      ),
  );
  return [...fromContainers, ...fromVolumes];
}

/** A container's environment as Kubernetes builds it: envFrom ConfigMaps in order, then env. */
function envOf(c: any, docs: Manifest[]): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const from of c.envFrom ?? []) {
    const cm = from.configMapRef && docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === from.configMapRef.name);
    Object.assign(env, cm?.data ?? {});
  }
  for (const e of c.env ?? []) env[e.name] = e.value;
  return env;
}

/** Deployments that could reach the owner: its URL, its basic-auth Secret, a whole database Secret, or (with a database) migrating at boot. */
function ownerCredentialProblems(docs: Manifest[]): string[] {
  return pods(docs, ['Deployment']).flatMap((pod) => [
    ...secretsReadBy(pod)
      .filter(({ secret, key }) => key === 'owner-url' || /-db-owner$/.test(secret) || (!key && /-database$/.test(secret)))
      .map(({ secret, key, via }) => `${pod.where}: ${via} reads ${secret}${key ? `/${key}` : ' (every key)'}`),
    ...containersOf(pod).flatMap((c) =>
      Object.keys(envOf(c, docs))
        .filter((name) => /MIGRATIONS_DATABASE_URL$/.test(name))
        .map((name) => `${pod.where}: ${c.name} is given ${name}`),
    ),
    ...containersOf(pod)
      .filter((c) => Object.keys(envOf(c, docs)).some((name) => /DATABASE_URL$/.test(name)) && envOf(c, docs)['RUN_MIGRATIONS'] !== 'false')
      .map((c) => `${pod.where}: ${c.name} runs without RUN_MIGRATIONS=false`),
  ]);
}

/** Workloads reading a database URL whose TLS cannot be verified: no CA mounted, or a Secret whose URLs are not known. */
function databaseTlsProblems(docs: Manifest[]): string[] {
  return pods(docs, ['Deployment', 'Job']).flatMap((pod) =>
    containersOf(pod)
      .filter((c) => (c.env ?? []).some((e: any) => /DATABASE_URL$/.test(e.name)))
      .flatMap((c) => {
        const problems: string[] = [];
        const mount = (c.volumeMounts ?? []).find((m: any) => m.mountPath === POSTGRES_CA.mountPath);
        const secret = pod.spec.volumes?.find((v: any) => v.name === mount?.name)?.secret;
        if (
          !mount?.readOnly ||
          secret?.secretName !== POSTGRES_CA.secret ||
          !secret.items?.some((i: any) => i.key === 'ca.crt' && i.path === 'ca.crt')
        )
          problems.push(`${pod.where}: ${c.name} does not mount ${POSTGRES_CA.secret} (ca.crt) read-only at ${POSTGRES_CA.mountPath}`);
        for (const e of (c.env ?? []).filter((x: any) => /DATABASE_URL$/.test(x.name))) {
          const ref = e.valueFrom?.secretKeyRef;
          const query = new URLSearchParams(String(e.value ?? '').split('?')[1] ?? '');
          if (!ref && (query.get('sslmode') !== 'verify-full' || query.get('sslrootcert') !== `${POSTGRES_CA.mountPath}/ca.crt`))
            problems.push(`${pod.where}: ${c.name} ${e.name} is inline without ${VERIFIED_TLS}`);
          if (ref && !(/-database$/.test(ref.name) && URL_KEYS.includes(ref.key)))
            problems.push(`${pod.where}: ${c.name} ${e.name} comes from ${ref.name}/${ref.key}, which create-secrets.sh does not write`);
        }
        return problems;
      }),
  );
}

/** Any sslmode written into the manifests themselves (an inline URL, PGSSLMODE) other than verify-full. */
function inlineSslmodeProblems(docs: Manifest[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      for (const [, mode] of value.matchAll(/sslmode=([\w-]+)/g)) if (mode !== 'verify-full') found.push(`${where}: sslmode=${mode}`);
    } else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (o['name'] === 'PGSSLMODE' && o['value'] !== 'verify-full') found.push(`${where}: PGSSLMODE=${String(o['value'])}`);
      for (const [k, v] of Object.entries(o)) {
        if (k === 'PGSSLMODE' && v !== 'verify-full') found.push(`${where}: PGSSLMODE=${String(v)}`);
        walk(v, where);
      }
    }
  };
  for (const d of docs) walk(d, `${d.kind}/${d.metadata.name}`);
  return found;
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

describe('database credentials and TLS (k8s/base and tools/deploy/create-secrets.sh)', () => {
  const docs = baseManifests();

  it("no Deployment holds the database owner's credentials: owner-url goes to the migration Jobs alone", () => {
    expect(ownerCredentialProblems(docs)).toEqual([]);
    for (const { name } of SERVICES) {
      const job = pods(docs, ['Job']).find((p) => p.where === `Job/${name}-migrate`)!;
      expect({ job: job.where, owner: secretsReadBy(job).some((r) => r.secret === `${name}-database` && r.key === 'owner-url') }).toEqual({
        job: job.where,
        owner: true,
      });
    }
  });

  it('every workload that reads a database URL mounts the CloudNativePG CA, and reads the URL from a Secret create-secrets.sh writes', () => {
    expect(pods(docs, ['Deployment', 'Job']).filter((p) => JSON.stringify(p.spec).includes('DATABASE_URL')).length).toBe(
      2 * SERVICES.length,
    );
    expect(databaseTlsProblems(docs)).toEqual([]);
  });

  it('every database URL verifies the server: sslmode=verify-full with the mounted CA, in the manifests and in the URLs create-secrets.sh writes', () => {
    expect(inlineSslmodeProblems(docs)).toEqual([]);
    const script = readFileSync(join(root, 'tools/deploy/create-secrets.sh'), 'utf8');
    const code = script.replace(/^\s*#.*$/gm, '');
    const tls = code.match(/^TLS="([^"]*)"$/m)?.[1];
    // the URLs of a new Secret and those an older Secret is moved to: each ends in its query string
    const urls = [...code.matchAll(/--from-literal=([\w-]+-url)="([^"]*)"/g)].map(([, key, url]) => ({
      key,
      url: url.replace('$TLS', tls ?? ''),
    }));
    for (const { key, url } of urls) {
      const query = new URLSearchParams(url.slice(url.lastIndexOf('?') + 1));
      expect({ key, url, sslmode: query.get('sslmode'), sslrootcert: query.get('sslrootcert') }).toEqual({
        key,
        url,
        sslmode: 'verify-full',
        sslrootcert: `${POSTGRES_CA.mountPath}/ca.crt`,
      });
    }
    expect({ urls: urls.length, keys: [...new Set(urls.map((u) => u.key))].sort() }).toEqual({ urls: 4, keys: URL_KEYS });
    expect(code).not.toMatch(/no-verify|sslmode=(?!verify-full)/);
    // verify-full checks the host name: the read-write Service's, which CloudNativePG's server certificate names
    const cluster = docs.find((d) => d.kind === 'Cluster')!.metadata.name;
    expect(code).toContain(`HOST="\${PGHOST_RW:-${cluster}-rw.$NS.svc:5432}"`);
  });

  it('the checks catch an owner URL, a whole owner Secret, migrating at boot and an unverified URL (they are not vacuous)', () => {
    const c = {
      name: 'registration',
      envFrom: [{ secretRef: { name: 'registration-db-owner' } }],
      env: [
        { name: 'REGISTRATION_DATABASE_URL', valueFrom: { secretKeyRef: { name: 'registration-database', key: 'app-url' } } },
        { name: 'REGISTRATION_MIGRATIONS_DATABASE_URL', valueFrom: { secretKeyRef: { name: 'registration-database', key: 'owner-url' } } },
        { name: 'AUDIT_DATABASE_URL', value: 'postgres://audit.carers.svc/audit?sslmode=no-verify' },
      ],
    };
    const bad: Manifest[] = [
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'registration' }, spec: { template: { spec: { containers: [c] } } } },
    ];
    expect(ownerCredentialProblems(bad)).toEqual([
      'Deployment/registration: registration env REGISTRATION_MIGRATIONS_DATABASE_URL reads registration-database/owner-url',
      'Deployment/registration: registration envFrom reads registration-db-owner (every key)',
      'Deployment/registration: registration is given REGISTRATION_MIGRATIONS_DATABASE_URL',
      'Deployment/registration: registration runs without RUN_MIGRATIONS=false',
    ]);
    expect(databaseTlsProblems(bad)).toEqual([
      `Deployment/registration: registration does not mount ${POSTGRES_CA.secret} (ca.crt) read-only at ${POSTGRES_CA.mountPath}`,
      `Deployment/registration: registration AUDIT_DATABASE_URL is inline without ${VERIFIED_TLS}`,
    ]);
    expect(inlineSslmodeProblems(bad)).toEqual(['Deployment/registration: sslmode=no-verify']);
  });
});

describe('Kubernetes overlays (k8s/overlays)', () => {
  for (const overlay of ['dev', 'prod']) {
    it(`${overlay} builds on the base`, () => {
      expect(kustomization(`k8s/overlays/${overlay}`).resources).toEqual(['../../base']);
    });

    (kubectl ? it : it.skip)(`${overlay} renders Deployments without the owner's credentials and database TLS that is verified`, () => {
      const docs = render(`k8s/overlays/${overlay}`);
      expect([...ownerCredentialProblems(docs), ...databaseTlsProblems(docs), ...inlineSslmodeProblems(docs)]).toEqual([]);
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
