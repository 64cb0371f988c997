// npm run provider -- add <provider id> --name "<name>" --council <GSS code>:<consortium id>:<lead|member> [--council ...]
// npm run provider -- manifests <provider id>     (the KafkaUser and KafkaTopics for Kubernetes: | kubectl apply -f -)
// Onboarding a provider is data, not code (ADR 0014). PERFORMANCE_URL (default http://127.0.0.1:3003) and, outside
// development, PLATFORM_TOKEN (a platform-operator's bearer token) say where and as whom; KAFKA_BROKERS the broker.
import { GSS_CODE, PROVIDER_ROLES, ProviderRole } from '@carers/contracts';
import { DevIssuer } from '@carers/platform/auth';
import { createKafka, kafkaBrokers } from '@carers/platform/messaging';
import { onboardProvider, providerManifests } from './onboarding';

const USAGE = `usage:
  npm run provider -- add <provider id> --name "<organisation name>" --council <GSS code>:<consortium id>:<lead|member> [--council ...] [--no-local-credential]
  npm run provider -- manifests <provider id>`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function councilsOf(args: string[]) {
  return args
    .flatMap((a, i) => (a === '--council' ? [args[i + 1] ?? ''] : []))
    .map((spec) => {
      const [councilId, consortiumId, role] = spec.split(':');
      if (!GSS_CODE.test(councilId ?? '') || !consortiumId || !PROVIDER_ROLES.includes(role as ProviderRole)) {
        fail(
          `--council takes <GSS code>:<consortium id>:<lead|member>, such as E06000054:carers-together-consortium:member, not ${JSON.stringify(spec)}`,
        );
      }
      return { councilId, consortiumId, role: role as ProviderRole };
    });
}

async function main() {
  const [command, providerId, ...rest] = process.argv.slice(2);
  if (command === 'manifests' && providerId) return void process.stdout.write(providerManifests(providerId));
  if (command !== 'add' || !providerId) fail(USAGE);
  const name = rest[rest.indexOf('--name') + 1];
  if (!rest.includes('--name') || !name) fail(`give the organisation's name: --name "<name>"\n${USAGE}`);
  const token =
    process.env['PLATFORM_TOKEN'] ??
    (await DevIssuer.open().sign({ role: 'platform-operator', tenant: 'E06000054', subject: 'provider-cli' }));
  const kafka = createKafka('provider-cli', () => undefined, kafkaBrokers());
  const credentials = await onboardProvider(
    { providerId, name, councils: councilsOf(rest) },
    {
      performanceUrl: process.env['PERFORMANCE_URL'] ?? 'http://127.0.0.1:3003',
      token,
      kafka,
      topicPrefix: process.env['KAFKA_TOPIC_PREFIX'],
      localCredential: !rest.includes('--no-local-credential'),
      say: (m) => console.log(`[provider] ${m}`),
    },
  );
  console.log(
    `[provider] ${providerId} is onboarded${credentials ? '' : '; in Kubernetes, apply its user and topics: npm run provider -- manifests ' + providerId + ' | kubectl apply -f -'}`,
  );
}

main().catch((error) => {
  console.error(`[provider] ${error.message}`);
  process.exit(1);
});
