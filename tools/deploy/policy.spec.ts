// The rules every workload follows, checked for 100% of them (Deployments and Jobs), plus the network and
// database rules: default deny with explicit allows, secrets only through secretKeyRef, one database per service.
import { baseManifests, DRAIN_SECONDS, SERVICES, WORKLOADS } from './deploy-files';

const docs = baseManifests();
const of = (kind: string) => docs.filter((d) => d.kind === kind);
const workloads = docs.filter((d) => d.kind === 'Deployment' || d.kind === 'Job');
const containers = workloads.flatMap((w) =>
  [...(w.spec.template.spec.initContainers ?? []), ...w.spec.template.spec.containers].map((c: any) => ({
    where: `${w.kind}/${w.metadata.name}/${c.name}`,
    c,
    pod: w.spec.template.spec,
    w,
  })),
);
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|ISSUER|DATABASE_URL|CREDENTIAL|_KEY$/;

describe('every workload', () => {
  it('exists (the checks below are not vacuous)', () => {
    expect(containers.length).toBeGreaterThanOrEqual(WORKLOADS.length + SERVICES.length);
  });

  it('runs as non-root, on a read-only root filesystem, without privilege escalation or capabilities', () => {
    for (const { where, c, pod } of containers) {
      expect({ where, podNonRoot: pod.securityContext?.runAsNonRoot, seccomp: pod.securityContext?.seccompProfile?.type }).toEqual({
        where,
        podNonRoot: true,
        seccomp: 'RuntimeDefault',
      });
      const s = c.securityContext ?? {};
      expect({
        where,
        nonRoot: s.runAsNonRoot,
        uid: s.runAsUser > 0,
        readOnly: s.readOnlyRootFilesystem,
        escalation: s.allowPrivilegeEscalation,
        drop: s.capabilities?.drop,
      }).toEqual({ where, nonRoot: true, uid: true, readOnly: true, escalation: false, drop: ['ALL'] });
      expect({ where, serviceAccountToken: pod.automountServiceAccountToken }).toEqual({ where, serviceAccountToken: false });
    }
  });

  it('has CPU and memory requests and limits', () => {
    for (const { where, c } of containers) {
      const r = c.resources ?? {};
      expect({ where, requests: [!!r.requests?.cpu, !!r.requests?.memory], limits: [!!r.limits?.cpu, !!r.limits?.memory] }).toEqual({
        where,
        requests: [true, true],
        limits: [true, true],
      });
    }
  });

  it('takes anything secret from a Secret through secretKeyRef, never inline', () => {
    for (const { where, c } of containers) {
      for (const e of c.env ?? []) {
        if (SECRET_NAME.test(e.name))
          expect({ where, env: e.name, secretKeyRef: !!e.valueFrom?.secretKeyRef, inline: e.value }).toEqual({
            where,
            env: e.name,
            secretKeyRef: true,
            inline: undefined,
          });
        expect({ where, env: e.name, credentialsInUrl: /:\/\/[^/\s:@]+:[^/\s@]+@/.test(e.value ?? '') }).toEqual({
          where,
          env: e.name,
          credentialsInUrl: false,
        });
      }
      for (const ref of c.envFrom ?? []) expect({ where, envFromSecret: !!ref.secretRef }).toEqual({ where, envFromSecret: false });
    }
  });

  it('mounts an emptyDir on /tmp (the root filesystem is read-only)', () => {
    for (const { where, c, pod } of containers) {
      const tmp = (c.volumeMounts ?? []).find((m: any) => m.mountPath === '/tmp');
      expect({ where, tmp: !!tmp && !!pod.volumes.find((v: any) => v.name === tmp.name)?.emptyDir }).toEqual({ where, tmp: true });
    }
  });
});

describe('every Deployment', () => {
  it('has startup, liveness and readiness (/health/ready) probes, a preStop pause and a grace period longer than pause plus drain', () => {
    for (const d of of('Deployment')) {
      const pod = d.spec.template.spec;
      const c = pod.containers[0];
      const where = d.metadata.name;
      expect({ where, probes: [!!c.startupProbe, !!c.livenessProbe, c.readinessProbe?.httpGet?.path] }).toEqual({
        where,
        probes: [true, true, '/health/ready'],
      });
      const pause = Number(c.lifecycle?.preStop?.exec?.command?.[1]);
      expect({ where, pause: pause > 0 }).toEqual({ where, pause: true });
      expect({ where, grace: pod.terminationGracePeriodSeconds > pause + DRAIN_SECONDS }).toEqual({ where, grace: true });
    }
  });

  it('rolls out without dropping capacity and is covered by a PodDisruptionBudget that allows a drain', () => {
    for (const d of of('Deployment')) {
      const where = d.metadata.name;
      expect({ where, maxUnavailable: d.spec.strategy?.rollingUpdate?.maxUnavailable }).toEqual({ where, maxUnavailable: 0 });
      const pdb = of('PodDisruptionBudget').find((p) => p.spec.selector.matchLabels['app.kubernetes.io/name'] === where);
      expect({ where, pdb: pdb?.spec.maxUnavailable }).toEqual({ where, pdb: 1 });
    }
  });
});

describe('network policies', () => {
  const policies = of('NetworkPolicy');
  const selects = (p: any, labels: Record<string, string>) =>
    Object.entries(p.spec.podSelector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const allowsEgress = (p: any, port: number, match: (peer: any) => boolean) =>
    (p.spec.egress ?? []).some((r: any) => (r.ports ?? []).some((x: any) => x.port === port) && (r.to ?? []).some(match));

  it('deny everything by default for every pod of the platform', () => {
    const deny = policies.find((p) => p.metadata.name === 'default-deny')!;
    expect(deny.spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'carers-platform' } },
      policyTypes: ['Ingress', 'Egress'],
    });
    for (const w of workloads)
      expect({ w: w.metadata.name, selected: selects(deny, w.spec.template.metadata?.labels ?? {}) }).toEqual({
        w: w.metadata.name,
        selected: true,
      });
  });

  it('give every workload explicit allows: DNS everywhere, PostgreSQL and Kafka for the services, HTTP in from the board and the ingress', () => {
    const dns = (peer: any) => peer.podSelector?.matchLabels?.['k8s-app'] === 'kube-dns';
    for (const w of workloads) {
      const labels = w.spec.template.metadata.labels;
      const own = policies.filter((p) => p.metadata.name !== 'default-deny' && selects(p, labels));
      const where = w.metadata.name;
      expect({ where, policies: own.length > 0, dns: own.some((p) => allowsEgress(p, 53, dns)) }).toEqual({
        where,
        policies: true,
        dns: true,
      });
      if (SERVICES.some((s) => s.name === where)) {
        const p = own[0];
        expect({
          where,
          postgres: allowsEgress(p, 5432, (x) => x.podSelector?.matchLabels?.['cnpg.io/cluster'] === 'carers-postgres'),
          kafka: allowsEgress(p, 9093, (x) => x.podSelector?.matchLabels?.['strimzi.io/cluster'] === 'carers'),
        }).toEqual({ where, postgres: true, kafka: true });
        const from = p.spec.ingress.flatMap((r: any) => r.from);
        expect({
          where,
          board: from.some((f: any) => f.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'board'),
          ingress: from.some((f: any) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'ingress-nginx'),
          port: p.spec.ingress.every((r: any) => r.ports.every((x: any) => x.port === 3000)),
        }).toEqual({ where, board: true, ingress: true, port: true });
      }
    }
  });

  it('let no egress to the internet reach private, loopback, CGNAT or link-local addresses, the cloud metadata service among them (issue 21, finding 5)', () => {
    const open = policies.flatMap((p) =>
      (p.spec.egress ?? []).flatMap((r: any) =>
        (r.to ?? [])
          .filter((t: any) => t.ipBlock?.cidr === '0.0.0.0/0')
          .map((t: any) => ({ where: p.metadata.name, except: t.ipBlock.except ?? [] })),
      ),
    );
    expect(open.length).toBeGreaterThan(0);
    for (const { where, except } of open)
      expect({ where, except: [...except].sort() }).toEqual({
        where,
        except: expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8']),
      });
  });

  it('the board reaches the four services and nothing else but DNS', () => {
    const board = policies.find((p) => p.metadata.name === 'board')!;
    const targets = board.spec.egress.flatMap((r: any) => r.to).flatMap((t: any) => t.podSelector?.matchExpressions?.[0]?.values ?? []);
    expect(targets.sort()).toEqual(SERVICES.map((s) => s.name).sort());
  });

  it('only pods labelled as Kafka clients (the services, not the board) reach the Kafka listener', () => {
    const peers = of('Kafka')[0].spec.kafka.listeners.find((l: any) => l.type === 'internal').networkPolicyPeers;
    expect(peers).toContainEqual({ podSelector: { matchLabels: { 'carers.io/kafka-client': 'true' } } });
    for (const d of of('Deployment')) {
      const client = d.spec.template.metadata.labels['carers.io/kafka-client'] === 'true';
      expect({ name: d.metadata.name, client }).toEqual({ name: d.metadata.name, client: d.metadata.name !== 'board' });
    }
  });
});

describe('configuration and secrets', () => {
  it('keeps ConfigMaps free of secrets and the manifests free of Secret objects', () => {
    for (const cm of of('ConfigMap'))
      expect({ cm: cm.metadata.name, secretKeys: Object.keys(cm.data).filter((k) => SECRET_NAME.test(k)) }).toEqual({
        cm: cm.metadata.name,
        secretKeys: [],
      });
    expect(of('Secret')).toEqual([]);
  });
});

describe('PostgreSQL (CloudNativePG)', () => {
  const cluster = of('Cluster')[0];

  it('runs three instances with backups to object storage, scheduled daily', () => {
    expect(of('Cluster')).toHaveLength(1);
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.enableSuperuserAccess).toBe(false);
    expect(cluster.spec.backup.barmanObjectStore.destinationPath).toMatch(/^s3:\/\//);
    expect(cluster.spec.backup.retentionPolicy).toBeDefined();
    const backups = of('ScheduledBackup');
    expect(backups.map((b) => [b.spec.cluster.name, b.spec.method])).toEqual([[cluster.metadata.name, 'barmanObjectStore']]);
  });

  it('gives every service its own database, owned by its owner role, and an application role that cannot bypass row-level security', () => {
    const roles = cluster.spec.managed.roles;
    for (const { name } of SERVICES) {
      const db = of('Database').find((d) => d.spec.name === `carers_${name}`);
      expect({ name, owner: db?.spec.owner, cluster: db?.spec.cluster.name }).toEqual({
        name,
        owner: `${name}_owner`,
        cluster: cluster.metadata.name,
      });
      for (const [role, secret] of [
        [`${name}_owner`, `${name}-db-owner`],
        [`${name}_app`, `${name}-db-app`],
      ]) {
        const r = roles.find((x: any) => x.name === role);
        expect({
          role,
          login: r?.login,
          superuser: r?.superuser,
          bypassrls: r?.bypassrls ?? false,
          secret: r?.passwordSecret?.name,
        }).toEqual({ role, login: true, superuser: false, bypassrls: false, secret });
      }
    }
  });

  it('the services connect with URLs from their own database Secret: the application role, the owner only to migrate', () => {
    const envOf = (kind: string, name: string) =>
      docs.find((d) => d.kind === kind && d.metadata.name === name)!.spec.template.spec.containers[0].env;
    const ref = (env: any[], name: string) => env.find((e: any) => e.name === name)?.valueFrom.secretKeyRef;
    for (const { name } of SERVICES) {
      const up = name.toUpperCase();
      const [deployment, job] = [envOf('Deployment', name), envOf('Job', `${name}-migrate`)];
      expect(ref(deployment, `${up}_DATABASE_URL`)).toEqual({ name: `${name}-database`, key: 'app-url' });
      expect(ref(deployment, `${up}_MIGRATIONS_DATABASE_URL`)).toBeUndefined();
      expect(ref(job, `${up}_MIGRATIONS_DATABASE_URL`)).toEqual({ name: `${name}-database`, key: 'owner-url' });
    }
  });
});
