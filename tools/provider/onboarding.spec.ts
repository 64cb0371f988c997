import { parseAllDocuments } from 'yaml';
import { providerTopics } from '@carers/contracts';
import { providerManifests } from './onboarding';

// ADR 0014: the same rules the local broker is given, as Strimzi resources for a council's cluster
describe("a provider's Kubernetes resources (npm run provider -- manifests)", () => {
  const docs = parseAllDocuments(providerManifests('vale-family-support')).map((d) => d.toJS());
  const user = docs.find((d) => d.kind === 'KafkaUser');
  const acls = (operation: string, type = 'topic') =>
    user.spec.authorization.acls
      .filter((a: any) => a.resource.type === type && a.operations.includes(operation))
      .map((a: any) => a.resource.name)
      .sort();

  it('names the KafkaUser as the provider id, authenticated by SCRAM-SHA-512', () => {
    expect(user.metadata).toMatchObject({
      name: 'vale-family-support',
      labels: { 'strimzi.io/cluster': 'carers', 'carers.io/provider': 'vale-family-support' },
    });
    expect(user.spec.authentication.type).toBe('scram-sha-512');
  });

  it('lets it write only its own inbound topics and read only its own rejections, in groups named after it, with literal topic names', () => {
    expect(acls('Write')).toEqual([
      'provider.assessment-activity.v1.vale-family-support',
      'provider.monthly-return.v1.vale-family-support',
      'provider.notice-response.v1.vale-family-support',
      'provider.remedial-plan.v1.vale-family-support',
    ]);
    expect(acls('Read')).toEqual(['provider.rejections.v1.vale-family-support']);
    expect(
      user.spec.authorization.acls
        .filter((a: any) => a.resource.type === 'group')
        .map((a: any) => [a.resource.name, a.resource.patternType]),
    ).toEqual([['vale-family-support.', 'prefix']]);
    // a prefix such as "provider." would reach every provider's topics
    expect(user.spec.authorization.acls.filter((a: any) => a.resource.type === 'topic' && a.resource.patternType !== 'literal')).toEqual(
      [],
    );
    expect(user.spec.authorization.acls.flatMap((a: any) => a.operations)).not.toContain('All');
  });

  it('gives it a KafkaTopic for each of its four topics, three replicas', () => {
    const topics = docs.filter((d) => d.kind === 'KafkaTopic');
    expect(topics.map((t) => t.spec.topicName).sort()).toEqual(providerTopics('vale-family-support').sort());
    for (const t of topics) expect(t.spec).toMatchObject({ replicas: 3, config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete' } });
  });

  it('refuses what is not a provider id', () => {
    expect(() => providerManifests('Vale Family Support')).toThrow(/not a provider id/);
  });
});
