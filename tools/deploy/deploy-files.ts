// Reads what the deployment tests check: the kustomize base, the overlays, docker-compose.yml, the topic
// registry and which topics each service consumes (from its @Listens listeners).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
// the registry file itself (no imports, no decorators): the deployment checks read the contracts, not the runtime
// eslint-disable-next-line @nx/enforce-module-boundaries
import { Topics, TOPIC_REGISTRY, TopicDefinition, topicConfig } from '../../libs/contracts/src/topics/topic-registry';
import { SERVICES } from '../dev/services';

export const root = join(__dirname, '../..');
export { TOPIC_REGISTRY, SERVICES, topicConfig };
export type { TopicDefinition };

/** The services plus the board: everything that gets an image, a Deployment and a compose service. */
export const WORKLOADS = [
  ...SERVICES.map((s) => ({ name: s.name as string, port: s.port as number, dockerfile: 'docker/service.Dockerfile' })),
  { name: 'board', port: 3000, dockerfile: 'docker/board.Dockerfile' },
];

/** How long a service drains (stops consuming, finishes in-flight work) after SIGTERM. */
export const DRAIN_SECONDS = 25;

export type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: any;
};

export function baseFiles(): string[] {
  return readdirSync(join(root, 'k8s/base')).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
}

export function baseManifests(): (Manifest & { file: string })[] {
  return baseFiles().flatMap((file) =>
    parseAllDocuments(readFileSync(join(root, 'k8s/base', file), 'utf8'))
      .map((d) => d.toJS())
      .filter(Boolean)
      .map((m: Manifest) => ({ ...m, file })),
  );
}

export function kustomization(dir: string): any {
  return parse(readFileSync(join(root, dir, 'kustomization.yaml'), 'utf8'));
}

export function compose(): any {
  return parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
}

export function composeRaw(): any {
  return parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
}

export function partitionsOf(topic: string): number {
  const t = TOPIC_REGISTRY.find((d) => d.name === topic);
  if (!t) throw new Error(`${topic} is not in the topic registry`);
  return t.partitions;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(f) && !/\.(spec|int-spec|test-helpers)\.ts$|spec\.ts$/.test(f) ? [p] : [];
  });
}

/** The topics a service subscribes to: every @Listens(Topics.x) in its non-test sources. */
export function consumedTopics(service: string): string[] {
  const byKey = Topics as Record<string, string>;
  const found = new Set<string>();
  for (const file of sourceFiles(join(root, 'apps', service, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/@Listens\(\s*Topics\.(\w+)\s*\)/g)) {
      const topic = byKey[m[1]];
      if (!topic) throw new Error(`${file}: Topics.${m[1]} is not in the registry`);
      found.add(topic);
    }
  }
  return [...found].sort();
}

/** Topics a service owns (publishes through its outbox), per the registry. */
export function ownedTopics(service: string): string[] {
  return TOPIC_REGISTRY.filter((t) => t.owner === service)
    .map((t) => t.name)
    .sort();
}
