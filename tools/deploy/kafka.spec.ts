// Kafka on Kubernetes against the contracts: topics and partitions from the registry, users and ACLs from the
// registry's owners and the services' listeners, consumer autoscaling bounded by the partitions.
import { parseAllDocuments } from 'yaml';
import { providerManifests } from '../provider/onboarding';
import { baseManifests, consumedTopics, ownedTopics, partitionsOf, SERVICES, TOPIC_REGISTRY, topicConfig } from './deploy-files';
import { manifestErrors } from './validators';

const docs = baseManifests();
const of = (kind: string) => docs.filter((d) => d.kind === kind);
const kafka = of('Kafka')[0];
const CLUSTER = kafka.metadata.name;
/** Topics the cluster is created with; a per-provider family's topics come with each provider (ADR 0014). */
const SHARED = TOPIC_REGISTRY.filter((t) => !t.perProvider);
const isFamily = (topic: string) => !!TOPIC_REGISTRY.find((t) => t.name === topic)?.perProvider;

function acls(user: any, operation: string, type = 'topic'): string[] {
  return user.spec.authorization.acls
    .filter((a: any) => a.resource.type === type && a.operations.includes(operation))
    .map((a: any) => a.resource.name)
    .sort();
}

describe('the Kafka cluster (Strimzi)', () => {
  it('is one KRaft cluster with node pools, three nodes that are both controllers and brokers', () => {
    expect(of('Kafka')).toHaveLength(1);
    expect(kafka.metadata.annotations).toMatchObject({ 'strimzi.io/kraft': 'enabled', 'strimzi.io/node-pools': 'enabled' });
    const pools = of('KafkaNodePool');
    expect(pools.map((p) => p.metadata.labels?.['strimzi.io/cluster'])).toEqual(pools.map(() => CLUSTER));
    const count = (role: string) => pools.filter((p) => p.spec.roles.includes(role)).reduce((n, p) => n + p.spec.replicas, 0);
    expect({ controllers: count('controller'), brokers: count('broker') }).toEqual({ controllers: 3, brokers: 3 });
  });

  it('never loses an acknowledged write to one failure: replication 3, min.insync.replicas 2, no unclean elections, no auto-created topics', () => {
    expect(kafka.spec.kafka.config).toMatchObject({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
      'unclean.leader.election.enable': false,
      'auto.create.topics.enable': false,
      'offsets.topic.replication.factor': 3,
      'transaction.state.log.replication.factor': 3,
      'transaction.state.log.min.isr': 2,
    });
  });

  it('authenticates every listener (SCRAM-SHA-512 over TLS) and authorises with ACLs', () => {
    expect(kafka.spec.kafka.authorization.type).toBe('simple');
    for (const l of kafka.spec.kafka.listeners)
      expect({ name: l.name, tls: l.tls, auth: l.authentication?.type }).toEqual({ name: l.name, tls: true, auth: 'scram-sha-512' });
  });

  it('the services and KEDA reach the internal listener the ConfigMap names', () => {
    const internal = kafka.spec.kafka.listeners.find((l: any) => l.type === 'internal');
    const config = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === 'carers-platform')!;
    expect(config.data.KAFKA_BROKERS).toBe(`${CLUSTER}-kafka-bootstrap.carers.svc:${internal.port}`);
    for (const s of of('ScaledObject')) {
      for (const t of s.spec.triggers.filter((x: any) => x.type === 'kafka'))
        expect(t.metadata.bootstrapServers).toBe(config.data.KAFKA_BROKERS);
    }
  });
});

describe('topics', () => {
  const topics = of('KafkaTopic');

  it("has a KafkaTopic for every topic in the registry, with the registry's partitions and three replicas, and no other", () => {
    const actual = topics.map((t) => ({
      name: t.spec.topicName,
      partitions: t.spec.partitions,
      replicas: t.spec.replicas,
      cluster: t.metadata.labels?.['strimzi.io/cluster'],
    }));
    const expected = SHARED.map((t) => ({ name: t.name, partitions: t.partitions, replicas: 3, cluster: CLUSTER }));
    expect(actual.sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
    for (const t of topics) expect(t.spec.config['min.insync.replicas']).toBe(2);
  });

  it('gives every topic the retention and size limits the local setup creates it with (finite retention, ADR 0013)', () => {
    for (const t of SHARED) {
      const { 'min.insync.replicas': _, ...config } = topics.find((k) => k.spec.topicName === t.name)!.spec.config;
      expect({ topic: t.name, config }).toEqual({ topic: t.name, config: topicConfig(t) });
      expect({ topic: t.name, forever: Number(config['retention.ms']) < 0 }).toEqual({ topic: t.name, forever: false });
    }
  });
});

describe('Kafka users and ACLs', () => {
  const users = of('KafkaUser');
  const user = (name: string) => users.find((u) => u.metadata.name === name)!;

  it('gives every service a SCRAM user that writes only its own topics, reads only what it consumes, in its own group', () => {
    for (const { name } of SERVICES) {
      const u = user(`svc-${name}`);
      expect(u).toBeDefined();
      expect(u.metadata.labels?.['strimzi.io/cluster']).toBe(CLUSTER);
      expect(u.spec.authentication.type).toBe('scram-sha-512');
      const consumed = consumedTopics(name);
      const takesProviderInput = consumed.some(isFamily);
      // a family is every provider's topic of it (prefix "<family>."); the registry comes with provider input (ADR 0014)
      const written = [...ownedTopics(name).filter((t) => !isFamily(t)), ...(takesProviderInput ? ['provider.rejections.v1.'] : [])];
      const read = [
        ...consumed.map((t) => (isFamily(t) ? `${t}.` : t)),
        ...(takesProviderInput && !consumed.includes('performance.provider.v1') ? ['performance.provider.v1'] : []),
      ];
      expect({ name, write: acls(u, 'Write') }).toEqual({ name, write: written.sort() });
      expect({ name, read: acls(u, 'Read') }).toEqual({ name, read: read.sort() });
      expect({ name, groups: acls(u, 'Read', 'group') }).toEqual({ name, groups: consumed.length ? [name] : [] });
      for (const a of u.spec.authorization.acls.filter((x: any) => x.resource.type !== 'cluster')) {
        const pattern = a.resource.patternType ?? 'literal';
        expect({ name, resource: a.resource.name, pattern }).toEqual({
          name,
          resource: a.resource.name,
          pattern: a.resource.name.endsWith('.') ? 'prefix' : 'literal',
        });
      }
    }
  });

  it("gives the Deployments the user's name and the password Secret the User Operator writes", () => {
    for (const { name } of SERVICES) {
      const env = docs.find((d) => d.kind === 'Deployment' && d.metadata.name === name)!.spec.template.spec.containers[0].env;
      expect(env.find((e: any) => e.name === 'KAFKA_SASL_USERNAME').value).toBe(`svc-${name}`);
      expect(env.find((e: any) => e.name === 'KAFKA_SASL_PASSWORD').valueFrom.secretKeyRef).toEqual({
        name: `svc-${name}`,
        key: 'password',
      });
    }
  });

  it('has a user for every service and nothing else: providers come with onboarding (npm run provider -- manifests, ADR 0014)', () => {
    expect(users.filter((u) => !/^svc-/.test(u.metadata.name)).map((u) => u.metadata.name)).toEqual([]);
  });

  it("limits every provider's user with quotas: 1 MiB/s written, 2 MiB/s read, 25% of a request thread, 1 partition change/s (issue 21, finding 7)", () => {
    // a provider's user is any KafkaUser that is not a service's: those onboarding prints, and any put in the base
    const onboarded = ['vale-family-support', 'downs-carers-trust'].flatMap((id) =>
      parseAllDocuments(providerManifests(id))
        .map((d) => d.toJS())
        .filter((d) => d.kind === 'KafkaUser'),
    );
    const providers = [...users.filter((u) => !/^svc-/.test(u.metadata.name)), ...onboarded];
    expect(onboarded).toHaveLength(2);
    for (const u of providers) {
      const name = u.metadata.name;
      // the defaults docs/deployment.md gives; Kafka applies each rate per broker
      expect({ name, quotas: u.spec.quotas }).toEqual({
        name,
        quotas: { producerByteRate: 1048576, consumerByteRate: 2097152, requestPercentage: 25, controllerMutationRate: 1 },
      });
      expect({ name, errors: manifestErrors(u) }).toEqual({ name, errors: [] });
    }
  });
});

describe('autoscaling', () => {
  const scaled = of('ScaledObject');
  const hpas = of('HorizontalPodAutoscaler');

  it('scales every consumer with KEDA on the lag of each topic it consumes (its own group) and on CPU, never beyond its partitions', () => {
    for (const { name } of SERVICES) {
      const consumed = consumedTopics(name);
      if (!consumed.length) continue;
      const s = scaled.find((x) => x.spec.scaleTargetRef.name === name)!;
      expect({ name, scaledObject: !!s }).toEqual({ name, scaledObject: true });
      const lag = s.spec.triggers.filter((t: any) => t.type === 'kafka');
      // a family's topics are the providers' own: its trigger names no topic and reads the group's lag over all of them
      expect({ name, topics: lag.map((t: any) => t.metadata.topic ?? '(group)').sort() }).toEqual({
        name,
        topics: consumed.map((t) => (isFamily(t) ? '(group)' : t)).sort(),
      });
      for (const t of lag) {
        expect(t.metadata.consumerGroup).toBe(name);
        expect(t.authenticationRef.name).toBe(`kafka-${name}`);
      }
      expect(s.spec.triggers.some((t: any) => t.type === 'cpu')).toBe(true);
      for (const topic of consumed)
        expect({ name, topic, max: s.spec.maxReplicaCount, within: s.spec.maxReplicaCount <= partitionsOf(topic) }).toEqual({
          name,
          topic,
          max: s.spec.maxReplicaCount,
          within: true,
        });
      expect(s.spec.minReplicaCount).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives KEDA the consumer's own credentials", () => {
    for (const auth of of('TriggerAuthentication')) {
      const name = auth.metadata.name.replace(/^kafka-/, '');
      expect(auth.spec.secretTargetRef).toContainEqual({ parameter: 'password', name: `svc-${name}`, key: 'password' });
      expect(auth.spec.env).toContainEqual({ parameter: 'username', name: 'KAFKA_SASL_USERNAME', containerName: name });
    }
  });

  it('scales HTTP-only workloads on CPU with an autoscaling/v2 HPA, and no Deployment has two autoscalers', () => {
    for (const d of of('Deployment')) {
      const name = d.metadata.name;
      const byHpa = hpas.filter((h) => h.spec.scaleTargetRef.name === name).length;
      const byKeda = scaled.filter((s) => s.spec.scaleTargetRef.name === name).length;
      expect({ name, autoscalers: byHpa + byKeda }).toEqual({ name, autoscalers: 1 });
      // the autoscaler owns the replica count: a fixed one in the Deployment would fight it on every apply
      expect({ name, replicas: d.spec.replicas }).toEqual({ name, replicas: undefined });
    }
    for (const h of hpas) {
      expect(h.spec.metrics.map((m: any) => m.resource?.name)).toEqual(['cpu']);
      expect(h.spec.minReplicas).toBeGreaterThanOrEqual(2);
    }
  });
});
