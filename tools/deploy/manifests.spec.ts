import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { baseFiles, baseManifests, httpRoutes, kustomization, Manifest, root, SERVICES, WORKLOADS } from './deploy-files';
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

// The public ingress (issue 21, finding 12): each workload's API or page, never the OpenAPI page (/docs), the metrics
// or the health checks, which the cluster reaches on the pods themselves.
const INTERNAL_PATHS = [
  '/docs',
  '/docs/',
  '/docs/openapi.json',
  '/docs/swagger-ui-init.js',
  '/metrics',
  '/metrics/',
  '/health/live',
  '/health/ready',
];
const isInternal = (path: string) => /^\/(docs|metrics|health)(\/|$)/.test(path);

type IngressPath = { where: string; host: string; path: string; pathType: string; service?: string };

/** Whether an Ingress path routes a request path, as networking.k8s.io/v1 defines it: Exact is equality, Prefix matches whole path elements. */
function routes(rule: { path: string; pathType: string }, path: string): boolean {
  if (rule.pathType === 'Exact') return rule.path === path;
  const elements = (p: string) => p.split('/').filter(Boolean);
  const requested = elements(path);
  return elements(rule.path).every((element, i) => requested[i] === element);
}

const ingressPaths = (docs: Manifest[]): IngressPath[] =>
  docs
    .filter((d) => d.kind === 'Ingress')
    .flatMap((d) =>
      (d.spec.rules ?? []).flatMap((r: any) =>
        (r.http?.paths ?? []).map((p: any) => ({
          where: `Ingress/${d.metadata.name}`,
          host: r.host ?? '*',
          path: p.path ?? '/',
          pathType: p.pathType,
          service: p.backend?.service?.name,
        })),
      ),
    );

/** What would let the public ingress reach /docs, /metrics or /health, or route by rules these checks cannot follow. */
function publicRoutingProblems(docs: Manifest[]): string[] {
  const problems = docs
    .filter((d) => /^(Gateway|HTTPRoute|GRPCRoute|TLSRoute|TCPRoute|UDPRoute)$/.test(d.kind))
    .map((d) => `${d.kind}/${d.metadata.name}: Gateway API routing, which these checks do not read`);
  for (const d of docs.filter((x) => x.kind === 'Ingress')) {
    if (d.spec.defaultBackend) problems.push(`Ingress/${d.metadata.name}: a defaultBackend routes every path no rule names`);
    for (const a of Object.keys(d.metadata.annotations ?? {}).filter((k) => /rewrite-target|use-regex|snippet/.test(k)))
      problems.push(`Ingress/${d.metadata.name}: ${a} changes which paths reach the pods, beyond what Exact and Prefix say`);
  }
  for (const p of ingressPaths(docs)) {
    if (p.pathType !== 'Exact' && p.pathType !== 'Prefix')
      problems.push(
        `${p.where}: ${p.host}${p.path} is ${p.pathType}, matched as the controller likes (ingress-nginx: a regular expression)`,
      );
    else
      for (const internal of INTERNAL_PATHS.filter((i) => routes(p, i)))
        problems.push(`${p.where}: ${p.host}${p.path} (${p.pathType}) routes ${internal}`);
  }
  return problems;
}

// The Secrets the workloads read: those no operator makes, tools/deploy/create-secrets.sh must (issue 21, findings 9 and 12).
/** kubectl as create-secrets.sh calls it, a Secret being a directory of files (one per key) under $FAKE_KUBE; any other call fails the script. */
const FAKE_KUBECTL = String.raw`#!/bin/sh
set -eu
[ "$1" = -n ] && shift 2
verb="$1 $2"; shift 2
case "$verb" in
"get secret")
  test -d "$FAKE_KUBE/$1" || exit 1
  if [ "$#" -eq 3 ]; then base64 < "$FAKE_KUBE/$1/$(printf %s "$3" | sed 's/^jsonpath={\.data\.\(.*\)}$/\1/')"; fi ;;
"create secret")
  test "$1" = generic; name="$2"; shift 2
  if [ -e "$FAKE_KUBE/$name" ]; then echo "secret $name already exists" >&2; exit 1; fi
  mkdir -p "$FAKE_KUBE/$name"
  for arg in "$@"; do
    case "$arg" in
      --from-literal=*) kv=$(printf %s "$arg" | cut -d= -f2-); printf %s "$kv" | cut -d= -f2- | tr -d '\n' > "$FAKE_KUBE/$name/$(printf %s "$kv" | cut -d= -f1)" ;;
      --type=*) ;;
      *) echo "unexpected argument $arg" >&2; exit 1 ;;
    esac
  done ;;
*) echo "unexpected call: kubectl $verb $*" >&2; exit 1 ;;
esac
`;

/** Runs create-secrets.sh against the stand-in kubectl; what the store holds afterwards: Secret name to key to value. */
function createSecrets(dir: string): { status: number | null; stderr: string; secrets: Record<string, Record<string, string>> } {
  const store = join(dir, 'store');
  spawnSync('mkdir', ['-p', join(dir, 'bin'), store]);
  writeFileSync(join(dir, 'bin/kubectl'), FAKE_KUBECTL);
  chmodSync(join(dir, 'bin/kubectl'), 0o755);
  const run = spawnSync('sh', [join(root, 'tools/deploy/create-secrets.sh')], {
    encoding: 'utf8',
    env: {
      PATH: `${join(dir, 'bin')}:${process.env['PATH']}`,
      FAKE_KUBE: store,
      OIDC_ISSUER: 'https://login.example.gov.uk/realms/carers',
      BACKUP_ACCESS_KEY_ID: 'backup-id',
      BACKUP_SECRET_ACCESS_KEY: 'backup-key',
    },
  });
  const secrets = Object.fromEntries(
    readdirSync(store).map((name) => [
      name,
      Object.fromEntries(readdirSync(join(store, name)).map((key) => [key, readFileSync(join(store, name, key), 'utf8')])),
    ]),
  );
  return { status: run.status, stderr: run.stderr, secrets };
}

/** The Secrets the operators make from the manifests: Strimzi a password per KafkaUser and its cluster CA; CloudNativePG its CA. */
function operatorSecrets(docs: Manifest[]): Record<string, string[]> {
  return Object.fromEntries([
    ...docs.filter((d) => d.kind === 'KafkaUser').map((u) => [u.metadata.name, ['password']]),
    ...docs.filter((d) => d.kind === 'Kafka').map((k) => [`${k.metadata.name}-cluster-ca-cert`, ['ca.crt']]),
    ...docs.filter((d) => d.kind === 'Cluster').map((c) => [`${c.metadata.name}-ca`, ['ca.crt']]),
  ]);
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

describe('the public ingress (k8s/base/ingress.yaml)', () => {
  const docs = baseManifests();

  it('gives every workload an Ingress on its own host, with TLS, that routes none of /docs, /docs/*, /metrics or /health', () => {
    for (const { name } of WORKLOADS) {
      const ingress = docs.find((d) => d.kind === 'Ingress' && d.metadata.name === name);
      const hosts = ingress?.spec.rules.map((r: any) => r.host);
      expect({ name, hosts: hosts?.length, tls: ingress?.spec.tls?.flatMap((t: any) => t.hosts) }).toEqual({ name, hosts: 1, tls: hosts });
    }
    // no two Ingresses share a host (a shared host would merge their paths)
    const ingressesOf = (host: string) =>
      new Set(
        ingressPaths(docs)
          .filter((p) => p.host === host)
          .map((p) => p.where),
      );
    expect(ingressPaths(docs).filter((p) => p.host === '*' || ingressesOf(p.host).size !== 1)).toEqual([]);
    expect(publicRoutingProblems(docs)).toEqual([]);
  });

  it("routes each workload's every API route (or the board's page and files) to that workload, and no path that serves nothing", () => {
    for (const { name } of WORKLOADS) {
      const own = ingressPaths(docs).filter((p) => p.where === `Ingress/${name}`);
      const served = httpRoutes(name).filter((r) => !isInternal(r));
      expect(served.length).toBeGreaterThan(3);
      expect({ name, backends: [...new Set(own.map((p) => p.service))] }).toEqual({ name, backends: [name] });
      expect({ name, unrouted: served.filter((r) => !own.some((p) => routes(p, r))) }).toEqual({ name, unrouted: [] });
      expect({ name, dead: own.filter((p) => !served.some((r) => routes(p, r))).map((p) => p.path) }).toEqual({ name, dead: [] });
    }
  });

  it('lets Prometheus scrape every service on its pods: annotations name /metrics on 3000, and the NetworkPolicy admits the monitoring namespace there', () => {
    for (const { name } of SERVICES) {
      const d = docs.find((x) => x.kind === 'Deployment' && x.metadata.name === name)!;
      expect({ name, annotations: d.spec.template.metadata.annotations }).toEqual({
        name,
        annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '3000', 'prometheus.io/path': '/metrics' },
      });
      const policy = docs.find((x) => x.kind === 'NetworkPolicy' && x.metadata.name === name)!;
      const monitoring = policy.spec.ingress.some(
        (r: any) =>
          r.ports.some((p: any) => p.port === 3000) &&
          r.from.some((f: any) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring' && !f.podSelector),
      );
      expect({ name, monitoring }).toEqual({ name, monitoring: true });
    }
  });

  it('the checks catch a catch-all path, a path under /docs, a regular expression, a rewrite and a default backend (they are not vacuous)', () => {
    const backend = { service: { name: 'registration', port: { name: 'http' } } };
    const bad: Manifest[] = [
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'registration', annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' } },
        spec: {
          defaultBackend: backend,
          rules: [
            {
              host: 'registration.carers.example.gov.uk',
              http: {
                paths: [
                  { path: '/', pathType: 'Prefix', backend },
                  { path: '/docs/openapi.json', pathType: 'Exact', backend },
                  { path: '/carers(/|$)(.*)', pathType: 'ImplementationSpecific', backend },
                  { path: '/metricsx', pathType: 'Prefix', backend },
                ],
              },
            },
          ],
        },
      },
    ];
    const host = 'registration.carers.example.gov.uk';
    expect(publicRoutingProblems(bad)).toEqual([
      'Ingress/registration: a defaultBackend routes every path no rule names',
      'Ingress/registration: nginx.ingress.kubernetes.io/rewrite-target changes which paths reach the pods, beyond what Exact and Prefix say',
      ...INTERNAL_PATHS.map((p) => `Ingress/registration: ${host}/ (Prefix) routes ${p}`),
      `Ingress/registration: ${host}/docs/openapi.json (Exact) routes /docs/openapi.json`,
      `Ingress/registration: ${host}/carers(/|$)(.*) is ImplementationSpecific, matched as the controller likes (ingress-nginx: a regular expression)`,
    ]);
  });
});

describe('Secrets (tools/deploy/create-secrets.sh, run against a stand-in kubectl)', () => {
  const docs = baseManifests();
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'create-secrets-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates every Secret and key a Deployment or Job reads that no operator makes, and a second run changes nothing', () => {
    const first = createSecrets(dir);
    expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' });
    const byOperator = operatorSecrets(docs);
    const made = (secret: string, key?: string) =>
      (byOperator[secret] && (!key || byOperator[secret].includes(key))) ||
      (first.secrets[secret] && (!key || key in first.secrets[secret]));
    const read = pods(docs, ['Deployment', 'Job']).flatMap((pod) => secretsReadBy(pod).map((r) => ({ ...r, where: pod.where })));
    expect(read.filter((r) => r.key).length).toBeGreaterThan(20);
    expect(
      read.filter(({ secret, key }) => !made(secret, key)).map(({ where, via, secret, key }) => `${where}: ${via} reads ${secret}/${key}`),
    ).toEqual([]);
    // the services' own keys: random, and as long as the services ask for
    expect(Buffer.from(first.secrets['escalation-notifications']['secret-key'], 'base64')).toHaveLength(32);
    expect(first.secrets['escalation-notifications']['secret-key']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(first.secrets['registration-card-number-key']['key'].length).toBeGreaterThanOrEqual(32);
    const again = createSecrets(dir);
    expect({ status: again.status, stderr: again.stderr, secrets: again.secrets }).toEqual({
      status: 0,
      stderr: '',
      secrets: first.secrets,
    });
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

    (kubectl ? it : it.skip)(`${overlay} renders a public ingress that routes none of /docs, /docs/*, /metrics or /health`, () => {
      const docs = render(`k8s/overlays/${overlay}`);
      expect(
        docs
          .filter((d) => d.kind === 'Ingress')
          .map((d) => d.metadata.name)
          .sort(),
      ).toEqual(WORKLOADS.map((w) => w.name).sort());
      expect(publicRoutingProblems(docs)).toEqual([]);
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
