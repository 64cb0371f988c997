import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, ResourcePatternTypes } from 'kafkajs';
import { providerTopic, TOPIC_REGISTRY } from '@carers/contracts';
import { ensureProviderTopics } from './kafka-client';

/** One ACL as Strimzi's KafkaUser writes it, so the local broker and Kubernetes are given the same rules. */
export interface AclRule {
  resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' | 'prefix' };
  operations: ('Read' | 'Write' | 'Describe')[];
}

/**
 * What a provider's Kafka user (named as the provider id) may do, and nothing else (ADR 0014): write its own
 * inbound topics, read its own rejections, in consumer groups named `<provider id>.<anything>`. Topic names are
 * literal: a prefix would reach another provider's topics.
 */
export function providerAcls(providerId: string, prefix = ''): AclRule[] {
  const topics = TOPIC_REGISTRY.filter((t) => t.perProvider).map((t) => ({
    resource: { type: 'topic' as const, name: prefix + providerTopic(t.name, providerId), patternType: 'literal' as const },
    operations:
      t.owner === 'provider' && t.name !== 'provider.rejections.v1'
        ? ['Write' as const, 'Describe' as const]
        : ['Read' as const, 'Describe' as const],
  }));
  return [
    ...topics,
    { resource: { type: 'group', name: `${prefix}${providerId}.`, patternType: 'prefix' }, operations: ['Read', 'Describe'] },
  ];
}

const OPERATION = { Read: AclOperationTypes.READ, Write: AclOperationTypes.WRITE, Describe: AclOperationTypes.DESCRIBE } as const;

/**
 * Gives a provider its topics and its ACLs on a broker the platform administers (the local one; in Kubernetes
 * the Strimzi operators do the same from the KafkaTopic and KafkaUser resources `npm run provider -- manifests`
 * prints). Its SCRAM credential is set apart (tools/kafka's scram-user, or the User Operator).
 */
export async function grantProviderAccess(kafka: Kafka, providerId: string, prefix = ''): Promise<{ topics: string[]; acls: AclRule[] }> {
  const created = await ensureProviderTopics(kafka, providerId, prefix);
  const acls = providerAcls(providerId, prefix);
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createAcls({
      acl: acls.flatMap((rule) =>
        rule.operations.map((operation) => ({
          principal: `User:${providerId}`,
          host: '*',
          operation: OPERATION[operation],
          permissionType: AclPermissionTypes.ALLOW,
          resourceType: rule.resource.type === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
          resourceName: rule.resource.name,
          resourcePatternType: rule.resource.patternType === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
        })),
      ),
    });
  } finally {
    await admin.disconnect();
  }
  return { topics: created, acls };
}
