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

const ROUTE_DECORATOR = /@(Controller|Get|Post|Put|Patch|Delete|Sse|All|Head|Options)\(([^)]*)\)/g;

/**
 * Every HTTP route a workload serves, as a path with each parameter filled in (`/carers/x/consents`): a service's
 * controllers plus the platform's own (health, metrics, dead letters: libs/platform/service); for the board, its
 * Express routes and static files. What the public ingress must route, and what it must not (/metrics, /health).
 */
export function httpRoutes(workload: string): string[] {
  const found = new Set<string>();
  const add = (...parts: string[]) =>
    found.add(
      '/' +
        parts
          .join('/')
          .split('/')
          .filter(Boolean)
          .map((p) => (p.startsWith(':') ? 'x' : p))
          .join('/'),
    );
  if (workload === 'board') {
    const app = readFileSync(join(root, 'apps/board/src/board-app.ts'), 'utf8');
    for (const [, method, path] of app.matchAll(/app\.(get|post|use)\(\s*'(\/[^']*)'/g)) add(path, method === 'use' ? 'x' : '');
    for (const file of readdirSync(join(root, 'apps/board/public'))) add(file);
    add('');
    return [...found].sort();
  }
  for (const file of [...sourceFiles(join(root, 'apps', workload, 'src')), ...sourceFiles(join(root, 'libs/platform/service/src'))]) {
    let prefix = '';
    for (const [, decorator, arg] of readFileSync(file, 'utf8').matchAll(ROUTE_DECORATOR)) {
      const path = arg.trim();
      if (path && !/^'[^']*'$/.test(path))
        throw new Error(`${file}: @${decorator}(${path}) is not a plain path string; teach httpRoutes to read it`);
      if (decorator === 'Controller') prefix = path.slice(1, -1);
      else add(prefix, path.slice(1, -1));
    }
  }
  return [...found].sort();
}
